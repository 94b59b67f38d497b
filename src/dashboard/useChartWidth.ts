import { type RefObject, startTransition, useEffect, useState } from 'react'
import { drawnWidths } from './drawnWidths'
import { whenNearScreen } from './nearScreen'

/**
 * The width of a chart's box, followed as the window resizes from the moment the box comes
 * within a screen of the viewport (a card far below is not redrawn while the page starts).
 * Applied as a transition: until then the drawing scales into its box (CSS), so nothing
 * overflows or moves.
 */
export function useChartWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState<number>(drawnWidths.wide)
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
  return width
}
