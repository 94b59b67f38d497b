import { memo, Suspense, startTransition, use, useEffect, useState } from 'react'
import { heldDrawingFits } from './drawnWidths'

/**
 * The build prerenders every chart as SVG, at two widths, but a chart drawn by Recharts renders
 * nothing on its first pass (it sizes itself in effects), and its code loads only when needed, so
 * hydrating it would not match. On a prerendered page every card holds its prerendered drawing
 * instead: a Suspense boundary (the build marks it `<!--$-->…<!--/$-->` inside the box) whose
 * content never hydrates, so React keeps the HTML as it is, without reading it, until the live
 * chart must take the drawing's place (`useLiveChart`).
 */
const held = new Set<string>()

/**
 * Notes which charts came prerendered under `root` (in elements marked `data-chart-box`). Call
 * before hydrating.
 */
export function holdPrerenderedCharts(root: ParentNode): void {
  for (const box of root.querySelectorAll<HTMLElement>('[data-chart-box]')) {
    const id = box.dataset.chartBox
    if (id) held.add(id)
  }
}

const never = new Promise<never>(() => {})

function NeverHydrates(): null {
  use(never)
  return null
}

/**
 * Where the prerendered drawing stays. Memo without props: nothing the card renders again
 * reaches the boundary, which would otherwise have to hydrate (and could not).
 */
export const HeldDrawing = memo(function HeldDrawing() {
  return (
    <Suspense fallback={null}>
      <NeverHydrates />
    </Suspense>
  )
})

/**
 * False while the card holds its prerendered drawing, which answers the pointer and the keys as
 * the live chart does (kit/MarkTooltips). It goes live, drawn by Recharts, only when the drawing
 * will not do:
 * - `drawnAs` (the language and way of writing numbers the chart is drawn in) is no longer what
 *   it was at hydration: the drawing would be stale, and the change reaches the held boundary
 *   (by context), where React, unable to hydrate it, would empty it. So every card goes live at
 *   once, measured or not.
 * - Once its box has been `measured` (near the screen; drawn before, the chart would be drawn
 *   twice): the box is a `width` the drawing does not fit (`heldDrawingFits`), or a reader points
 *   at one of its figures (`pointedAt`), whose mark the live chart highlights.
 *
 * So a reader who scrolls a phone past every card never waits for Recharts, whose first drawing
 * of a chart is one task of 0.4 to 1.2 s at 4× CPU slowdown (see the README's Benchmark). True
 * from the start in a client render.
 *
 * The switch is only ever a transition, whatever prompts it: drawing the live chart never blocks
 * a tap or a key, and the drawing stays on screen until the live chart's code has arrived. An
 * urgent render of a chart whose code is loading would hide the whole section around it (its
 * Suspense boundary) for as long as the code takes.
 */
export function useLiveChart(
  id: string,
  pointedAt: boolean,
  drawnAs: string,
  width: number,
  measured: boolean,
): { live: boolean; held: boolean } {
  const [live, setLive] = useState(() => !held.has(id))
  const [hydratedAs] = useState(drawnAs)
  const wanted = drawnAs !== hydratedAs || (measured && (pointedAt || !heldDrawingFits(width)))
  useEffect(() => {
    if (!live && wanted) startTransition(() => setLive(true))
  }, [live, wanted])
  return { live, held: held.has(id) }
}
