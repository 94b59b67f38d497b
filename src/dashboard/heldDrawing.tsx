import { memo, type RefObject, Suspense, startTransition, use, useEffect, useState } from 'react'
import { whenNearScreen } from './nearScreen'

/**
 * The build prerenders every chart as SVG, at two widths, but a chart drawn by Recharts renders
 * nothing on its first pass (it sizes itself in effects), and its code loads only when needed, so
 * hydrating it would not match. On a prerendered page every card holds its prerendered drawing
 * instead: a Suspense boundary (the build marks it `<!--$-->…<!--/$-->` inside the box) whose
 * content never hydrates, so React keeps the HTML as it is, without reading it. Once the card nears the screen, a reader points at its figure, or
 * the language or way of writing numbers changes, the live chart, with its tooltips and
 * highlights, takes the drawing's place.
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
 * False while the card holds its prerendered drawing; true once the card is within a screen of
 * the viewport and its box `measured` (else the live chart would first draw at a guessed width,
 * and move), or `pointedAt` (a reader points at its figure), or `drawnAs` (the language and way
 * of writing numbers the chart is drawn in) is no longer what it was at hydration: the drawing
 * would be stale, on screen or in an export. True from the start in a client render.
 *
 * The switch is only ever a transition, whatever prompts it: drawing the live chart never blocks
 * a tap or a key, and the drawing stays on screen until the live chart's code has arrived. An
 * urgent render of a chart whose code is loading would hide the whole section around it (its
 * Suspense boundary) for as long as the code takes.
 */
export function useLiveChart(
  id: string,
  box: RefObject<HTMLElement | null>,
  pointedAt: boolean,
  drawnAs: string,
  measured = true,
): { live: boolean; held: boolean } {
  const [live, setLive] = useState(() => !held.has(id))
  const [hydratedAs] = useState(drawnAs)
  const wanted = pointedAt || drawnAs !== hydratedAs
  useEffect(() => {
    if (live) return
    const goLive = () => startTransition(() => setLive(true))
    const node = box.current
    if (wanted || !node) return goLive()
    if (!measured) return
    return whenNearScreen(node, goLive)
  }, [live, wanted, measured, box])
  return { live, held: held.has(id) }
}
