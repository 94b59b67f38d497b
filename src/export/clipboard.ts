/** How a copy went: copied, not offered by this browser, or refused (permission, focus). */
export type CopyResult = 'copied' | 'unsupported' | 'refused'

/** Whether this browser lets the page put an image on the clipboard (not on an http origin). */
export function canCopyImage(): boolean {
  if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) return false
  return !('supports' in ClipboardItem) || ClipboardItem.supports('image/png')
}

/**
 * Puts a PNG on the clipboard. The ClipboardItem is made at once, inside the click, and given
 * the PNG as a promise: Safari allows clipboard writes only within the user's gesture.
 */
export async function copyImage(png: () => Promise<Blob>): Promise<CopyResult> {
  if (!canCopyImage()) return 'unsupported'
  try {
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': png() })])
    return 'copied'
  } catch {
    return 'refused'
  }
}

/** Puts text on the clipboard. */
export async function copyText(text: string): Promise<CopyResult> {
  if (!navigator.clipboard?.writeText) return 'unsupported'
  try {
    await navigator.clipboard.writeText(text)
    return 'copied'
  } catch {
    return 'refused'
  }
}
