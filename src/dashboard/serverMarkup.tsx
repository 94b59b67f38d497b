import {
  createElement,
  type ReactNode,
  type RefObject,
  startTransition,
  useEffect,
  useState,
} from 'react'
import { whenNearScreen } from './nearScreen'

/**
 * The build prerenders every chart as SVG, but a chart drawn by Recharts renders nothing on its
 * first pass (it sizes itself in effects), so hydrating it would not match. Before hydration the
 * page reads each prerendered drawing into React elements that reproduce it exactly; the card
 * shows those until it nears the screen (or a reader points at its figure), and the live chart,
 * with its tooltips and highlights, takes their place.
 */
const boxes = new Map<string, HTMLElement>()
const drawings = new Map<string, ReactNode[]>()

/**
 * Finds the prerendered drawings of the charts `ids` under `root` (elements marked
 * `data-chart-box`). Each is read into React elements when its card first renders, still before
 * hydration touches the page: the work is spread over hydration's slices, not one task before.
 */
export function adoptPrerenderedCharts(root: ParentNode, ids: readonly string[]): void {
  for (const box of root.querySelectorAll<HTMLElement>('[data-chart-box]')) {
    const id = box.dataset.chartBox
    if (id && ids.includes(id)) boxes.set(id, box)
  }
}

/** The prerendered drawing of a chart, if the page came prerendered. */
export function prerenderedChart(id: string): ReactNode[] | undefined {
  const box = boxes.get(id)
  if (box && !drawings.has(id))
    drawings.set(
      id,
      Array.from(box.childNodes, (node, i) => toReact(node, i)),
    )
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

const renamed: Record<string, string> = { class: 'className', for: 'htmlFor', tabindex: 'tabIndex' }

function toReact(node: Node, key: number): ReactNode {
  if (node.nodeType === 3) return node.textContent
  if (node.nodeType !== 1) return null
  const element = node as Element
  const props: Record<string, unknown> = { key }
  for (const { name, value } of Array.from(element.attributes)) {
    if (name === 'style') props.style = styleObject(value)
    else props[renamed[name] ?? reactName(name)] = value
  }
  const children = Array.from(element.childNodes, (child, i) => toReact(child, i))
  return createElement(element.localName, props, ...children)
}

/** `stroke-width` → `strokeWidth`; `aria-*`, `data-*` and custom names stay as written. */
function reactName(name: string): string {
  if (name.startsWith('aria-') || name.startsWith('data-') || !name.includes('-')) return name
  return name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())
}

function styleObject(css: string): Record<string, string> {
  const style: Record<string, string> = {}
  for (const declaration of css.split(';')) {
    const at = declaration.indexOf(':')
    if (at < 0) continue
    const property = declaration.slice(0, at).trim()
    const key = property.startsWith('--')
      ? property
      : property.replace(/-([a-z])/g, (_, l: string) => l.toUpperCase())
    style[key] = declaration.slice(at + 1).trim()
  }
  return style
}
