import { type RefObject, startTransition, useEffect, useState } from 'react'

/** Width charts are drawn at before the page is measured (and at build time). */
export const defaultChartWidth = 560

/**
 * The width of a chart's box, followed as the window resizes. Measured after paint and applied as
 * a transition: until then the drawing scales into its box (CSS), so nothing overflows or moves.
 */
export function useChartWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(defaultChartWidth)
  useEffect(() => {
    const node = ref.current
    if (!node) return
    const measure = () => {
      const w = Math.floor(node.getBoundingClientRect().width)
      if (w > 0) startTransition(() => setWidth(w))
    }
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(node)
    return () => observer.disconnect()
  }, [ref])
  return width
}
