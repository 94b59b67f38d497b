import { createElement, type ReactNode, useSyncExternalStore } from 'react'

/**
 * The build prerenders every chart as SVG, but a chart drawn by Recharts renders nothing on its
 * first pass (it sizes itself in effects), so hydrating it would not match. Before hydration the
 * page reads each prerendered drawing into React elements that reproduce it exactly; the card
 * shows those until hydration is over and the live chart (loaded on demand) takes their place.
 */
const drawings = new Map<string, ReactNode[]>()

/** Reads the prerendered drawings under `root` (elements marked `data-chart-box`). */
export function adoptPrerenderedCharts(root: ParentNode): void {
  for (const box of root.querySelectorAll<HTMLElement>('[data-chart-box]')) {
    const id = box.dataset.chartBox
    if (id)
      drawings.set(
        id,
        Array.from(box.childNodes, (node, i) => toReact(node, i)),
      )
  }
}

/** The prerendered drawing of a chart, if the page came prerendered. */
export function prerenderedChart(id: string): ReactNode[] | undefined {
  return drawings.get(id)
}

const subscribeNever = () => () => {}

/** False while React hydrates the prerendered page, true from then on (and in a client render). */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  )
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
