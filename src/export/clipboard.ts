/** How a copy went: copied, or refused (permission, focus, the file not fetched). */
export type CopyResult = 'copied' | 'refused'

/** Whether this browser lets a page put a PNG on the clipboard. */
export function canCopyImage(): boolean {
  if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) return false
  return !('supports' in ClipboardItem) || ClipboardItem.supports('image/png')
}

/** Whether this browser lets a page put text on the clipboard. */
export const canCopyText = (): boolean => typeof navigator.clipboard?.writeText === 'function'

/**
 * Puts a PNG on the clipboard. The ClipboardItem is made at once, inside the click, and given
 * the PNG as a promise: Safari allows clipboard writes only within the user's gesture.
 */
export async function copyImage(png: () => Promise<Blob>): Promise<CopyResult> {
  try {
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': png() })])
    return 'copied'
  } catch {
    return 'refused'
  }
}

/** Puts text on the clipboard; refused where there is no clipboard. */
export async function copyText(text: string): Promise<CopyResult> {
  if (!canCopyText()) return 'refused'
  try {
    await navigator.clipboard.writeText(text)
    return 'copied'
  } catch {
    return 'refused'
  }
}
