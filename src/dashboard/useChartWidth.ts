import { type RefObject, startTransition, useEffect, useState } from 'react'

/** Width charts are drawn at before the page is measured (and at build time). */
export const defaultChartWidth = 560

/**
 * The width of a chart's box, followed as the window resizes from the moment the box comes
 * within a screen of the viewport (a card far below is not redrawn while the page starts).
 * Applied as a transition: until then the drawing scales into its box (CSS), so nothing
 * overflows or moves.
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
    const resize = new ResizeObserver(measure)
    const follow = () => {
      measure()
      resize.observe(node)
    }
    if (typeof IntersectionObserver === 'undefined') {
      follow()
      return () => resize.disconnect()
    }
    const near = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return
        near.disconnect()
        follow()
      },
      { rootMargin: '100% 0px' },
    )
    near.observe(node)
    return () => {
      near.disconnect()
      resize.disconnect()
    }
  }, [ref])
  return width
}
