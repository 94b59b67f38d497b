import { type RefObject, startTransition, useEffect, useState } from 'react'
import { drawnWidths } from './drawnWidths'
import { whenNearScreen } from './nearScreen'

/**
 * The width of a chart's box, followed as the window resizes from the moment the box comes
 * within a screen of the viewport (a card far below is not redrawn while the page starts).
 * Applied as a transition: until then the drawing scales into its box (CSS), so nothing
 * overflows or moves. `measured` is false until the box has been measured (`width` is then the
 * widest card's): a card holding its prerendered drawing keeps it until then.
 */
export function useChartWidth(ref: RefObject<HTMLElement | null>): {
  width: number
  measured: boolean
} {
  const [measured, setWidth] = useState<number | null>(null)
  useEffect(() => {
    const node = ref.current
    if (!node) return
    const measure = () => {
      const w = Math.floor(node.getBoundingClientRect().width)
      if (w > 0) startTransition(() => setWidth(w))
    }
    const resize = new ResizeObserver(measure)
    const stopWaiting = whenNearScreen(node, () => {
      measure()
      resize.observe(node)
    })
    return () => {
      stopWaiting()
      resize.disconnect()
    }
  }, [ref])
  return { width: measured ?? drawnWidths.wide, measured: measured !== null }
}
