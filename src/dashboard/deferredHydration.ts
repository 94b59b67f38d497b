import { type ReactNode, use } from 'react'
import { whenNearScreen } from './nearScreen'

/**
 * On a prerendered page each dashboard section hydrates when it comes within a screen of the
 * viewport, not all at once: until then it is the prerendered HTML, already complete to read.
 * The first input of any kind (a tap, a key, focus, a pointer over the page, a change of address)
 * opens every section, before React handles that input: a section never receives an update
 * while it still waits, and React hydrates the one under the input first.
 *
 * The build marks each section as a finished Suspense boundary (`<!--$-->…<!--/$-->`); a section
 * that waits suspends in `HydrateWhenNear`, and React keeps its HTML until it may hydrate.
 */
type Gate = { open: boolean; promise: Promise<void>; release: () => void }

const gates = new Map<string, Gate>()

/** What opens every section at once: input, and the address changing. */
const inputEvents = [
  'pointerdown',
  'pointerover',
  'touchstart',
  'keydown',
  'focusin',
  'click',
  'hashchange',
  'popstate',
  'searchparamchange',
] as const

/**
 * Holds back the hydration of each section under `root` (elements marked `data-section`) until
 * it nears the screen or the reader does anything. Call before hydrating.
 */
export function deferSectionHydration(root: ParentNode): void {
  for (const node of root.querySelectorAll<HTMLElement>('[data-section]')) {
    const name = node.dataset.section
    if (!name || gates.has(name)) continue
    let release = () => {}
    const promise = new Promise<void>((resolve) => {
      release = resolve
    })
    const gate: Gate = { open: false, promise, release }
    gates.set(name, gate)
    whenNearScreen(node, () => openGate(gate))
  }
  for (const type of inputEvents) window.addEventListener(type, openAllGates, { capture: true })
}

function openGate(gate: Gate) {
  gate.open = true
  gate.release()
}

function openAllGates() {
  for (const gate of gates.values()) openGate(gate)
  for (const type of inputEvents) window.removeEventListener(type, openAllGates, { capture: true })
}

/** Renders `children` once the section `name` may hydrate; at once where nothing is deferred. */
export function HydrateWhenNear({ name, children }: { name: string; children: ReactNode }) {
  const gate = gates.get(name)
  if (gate && !gate.open) use(gate.promise)
  return children
}
