import { type RefObject, startTransition, useEffect, useState } from 'react'
import { whenNearScreen } from './nearScreen'

/**
 * The build prerenders every chart as SVG, but a chart drawn by Recharts renders nothing on its
 * first pass (it sizes itself in effects), so hydrating it would not match. Its card keeps the
 * prerendered drawing as HTML that React neither reads nor touches (`dangerouslySetInnerHTML`
 * with the drawing's own markup) until the card nears the screen or a reader points at its
 * figure; then the live chart, with its tooltips and highlights, takes its place.
 */
const boxes = new Map<string, HTMLElement>()
const drawings = new Map<string, string>()

/**
 * Finds the prerendered drawings of the charts `ids` under `root` (elements marked
 * `data-chart-box`). Call before hydration; each is read when its card first renders.
 */
export function adoptPrerenderedCharts(root: ParentNode, ids: readonly string[]): void {
  for (const box of root.querySelectorAll<HTMLElement>('[data-chart-box]')) {
    const id = box.dataset.chartBox
    if (id && ids.includes(id)) boxes.set(id, box)
  }
}

/** The markup of a chart's prerendered drawing, if the page came prerendered. */
export function prerenderedChart(id: string): string | undefined {
  const box = boxes.get(id)
  if (box && !drawings.has(id)) drawings.set(id, box.innerHTML)
  return drawings.get(id)
}

/**
 * False while a card shows its prerendered drawing; true once the card is within a screen of the
 * viewport or `wanted` (a reader points at its figure), and from the start in a client render.
 * The switch is a transition: drawing the live chart never blocks a tap or a key.
 */
export function useLiveChart(
  id: string,
  box: RefObject<HTMLElement | null>,
  wanted: boolean,
): boolean {
  const [live, setLive] = useState(() => !boxes.has(id))
  useEffect(() => {
    if (live) return
    const goLive = () => startTransition(() => setLive(true))
    const node = box.current
    if (wanted || !node) return goLive()
    return whenNearScreen(node, goLive)
  }, [live, wanted, box])
  return live
}
