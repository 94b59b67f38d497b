import type { KeyboardEvent } from 'react'

/**
 * Recharts' accessibility layer moves between marks with ArrowRight ("forward") and ArrowLeft,
 * and on a chart laid out top to bottom its "forward" goes up. Readers expect ↓ and → to go down
 * the bars, ↑ and ← up: each is sent on to Recharts as the key that does that.
 */
const inReadingOrder: Record<string, 'ArrowLeft' | 'ArrowRight'> = {
  ArrowDown: 'ArrowLeft',
  ArrowRight: 'ArrowLeft',
  ArrowUp: 'ArrowRight',
  ArrowLeft: 'ArrowRight',
}

/** Events sent on by `barsInReadingOrder`, which it lets pass. */
const sentOn = new WeakSet<Event>()

/** `onKeyDownCapture` for a wrapper around a Recharts chart of horizontal bars (layout vertical). */
export function barsInReadingOrder(event: KeyboardEvent<HTMLElement>): void {
  const key = inReadingOrder[event.key]
  if (!key || sentOn.has(event.nativeEvent)) return
  event.preventDefault()
  event.stopPropagation()
  const next = new globalThis.KeyboardEvent('keydown', { key, bubbles: true, cancelable: true })
  sentOn.add(next)
  event.target.dispatchEvent(next)
}
