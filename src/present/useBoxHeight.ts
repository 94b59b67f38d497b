import { type RefObject, useLayoutEffect, useState } from 'react'

/**
 * The layout height of a box in stage pixels (clientHeight ignores the stage's scale), followed
 * as its neighbours grow: a slide's chart gets the room its headline, legend and takeaway leave.
 * `fallback` until measured, and in jsdom, where every box measures 0.
 */
export function useBoxHeight(ref: RefObject<HTMLElement | null>, fallback: number): number {
  const [height, setHeight] = useState(fallback)
  useLayoutEffect(() => {
    const node = ref.current
    if (!node) return
    const measure = () => {
      if (node.clientHeight > 0) setHeight(node.clientHeight)
    }
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(node)
    return () => observer.disconnect()
  }, [ref])
  return height
}
