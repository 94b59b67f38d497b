import {
  type HTMLAttributes,
  type ReactNode,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
} from 'react'

/** The mark a reader points at, and the figure it draws (its `data-figure`). */
type Pointed = { figure: string; mark: Element }

type Props = Omit<HTMLAttributes<HTMLDivElement>, 'content' | 'children'> & {
  /**
   * What the tooltip of a mark that draws `figure` says; null: the mark has none. Without it the
   * drawing answers nothing here (it does so itself: the tile map) and takes no focus.
   */
  content?: (figure: string) => ReactNode
  /** The order the arrow keys go through the figures (ids); others after them. */
  order?: readonly string[]
  children: ReactNode
}

/** The gap between a mark and its tooltip, px. */
const gap = 6

/** The figure a pointer event landed on: the nearest `data-figure` inside an SVG of `box`. */
function figureAt(box: HTMLElement, target: EventTarget | null): Element | null {
  if (!(target instanceof Element)) return null
  const mark = target.closest('svg [data-figure]')
  return mark && box.contains(mark) ? mark : null
}

/**
 * The marks of the drawing on screen, one per figure that has a tooltip: in the order of `order`
 * (the chart's figures as the article gives them), then any others in document order.
 */
function marksOf(
  box: HTMLElement,
  hasTooltip: (figure: string) => boolean,
  order: readonly string[],
): Element[] {
  const seen = new Set<string>()
  const marks: Element[] = []
  for (const mark of box.querySelectorAll('svg [data-figure]')) {
    const figure = mark.getAttribute('data-figure') ?? ''
    // Not the marks of a drawing the page hides (a held drawing at the other width).
    if (seen.has(figure) || mark.checkVisibility?.() === false || !hasTooltip(figure)) continue
    seen.add(figure)
    marks.push(mark)
  }
  const rank = (mark: Element) => {
    const i = order.indexOf(mark.getAttribute('data-figure') ?? '')
    return i < 0 ? order.length : i
  }
  return marks.sort((a, b) => rank(a) - rank(b))
}

/**
 * Tooltips, keys and highlight for a chart's marks, on whatever drawing is inside: the one the
 * build prerendered (which React never hydrates) or the live one. A mark is any SVG element with
 * `data-figure`; the tooltip says what `content` gives for that figure.
 * - a hover (mouse, pen) or a tap shows the mark's tooltip; leaving, a tap elsewhere or Escape hides it;
 * - focus the drawing, then → and ↓ go to the next mark (in `order`), ← and ↑ back, Home and End
 *   to the ends;
 * - the mark shown is outlined (`data-active`, styles.css), and its tooltip is read out.
 * The listeners are the DOM's own, the pointer's on the document: React sees no event inside a
 * drawing it has not hydrated, and stops it.
 */
export function MarkTooltips({ content, order = [], children, className, ...rest }: Props) {
  const box = useRef<HTMLDivElement>(null)
  const tip = useRef<HTMLDivElement>(null)
  const [pointed, setPointed] = useState<Pointed | null>(null)
  const contentRef = useRef(content)
  contentRef.current = content
  const orderRef = useRef(order)
  orderRef.current = order

  const answers = content !== undefined
  useEffect(() => {
    const node = box.current
    if (!node || !answers) return
    const hasTooltip = (figure: string) => contentRef.current?.(figure) != null
    const show = (mark: Element | null) => {
      const figure = mark?.getAttribute('data-figure')
      setPointed(mark && figure && hasTooltip(figure) ? { figure, mark } : null)
    }
    const hide = () => setPointed(null)
    const inside = (event: Event) => event.target instanceof Node && node.contains(event.target)
    const onOver = (event: PointerEvent) => {
      if (event.pointerType !== 'touch' && inside(event)) show(figureAt(node, event.target))
    }
    const onLeave = (event: PointerEvent) => {
      if (event.pointerType !== 'touch') hide()
    }
    const onDown = (event: PointerEvent) => {
      if (!inside(event)) hide()
      else if (event.pointerType === 'touch') show(figureAt(node, event.target))
    }
    const onFocusOut = (event: FocusEvent) => {
      if (!(event.relatedTarget instanceof Node) || !node.contains(event.relatedTarget)) hide()
    }
    const onKey = (event: KeyboardEvent) => {
      if (event.target !== node) return
      if (event.key === 'Escape') return hide()
      const marks = marksOf(node, hasTooltip, orderRef.current)
      const now = marks.findIndex(
        (m) => m.getAttribute('data-figure') === node.dataset.pointedFigure,
      )
      const last = marks.length - 1
      const next: Record<string, number> = {
        ArrowRight: now < 0 ? 0 : Math.min(now + 1, last),
        ArrowDown: now < 0 ? 0 : Math.min(now + 1, last),
        ArrowLeft: now < 0 ? last : Math.max(now - 1, 0),
        ArrowUp: now < 0 ? last : Math.max(now - 1, 0),
        Home: 0,
        End: last,
      }
      const to = next[event.key]
      if (to === undefined || marks.length === 0) return
      event.preventDefault()
      show(marks[to] ?? null)
    }
    // On the document, capturing: React stops the events aimed into a drawing it has not
    // hydrated (a held one) at its root, to replay them once hydrated, which it never is.
    document.addEventListener('pointerover', onOver, true)
    document.addEventListener('pointerdown', onDown, true)
    node.addEventListener('pointerleave', onLeave)
    node.addEventListener('focusout', onFocusOut)
    node.addEventListener('keydown', onKey)
    return () => {
      document.removeEventListener('pointerover', onOver, true)
      document.removeEventListener('pointerdown', onDown, true)
      node.removeEventListener('pointerleave', onLeave)
      node.removeEventListener('focusout', onFocusOut)
      node.removeEventListener('keydown', onKey)
    }
  }, [answers])

  // The marks of the figure shown are outlined; the others no longer.
  useEffect(() => {
    const node = box.current
    if (!node || !pointed) return
    node.dataset.pointedFigure = pointed.figure
    const lit = [...node.querySelectorAll('svg [data-figure]')].filter(
      (m) => m.getAttribute('data-figure') === pointed.figure,
    )
    for (const m of lit) m.setAttribute('data-active', '')
    return () => {
      delete node.dataset.pointedFigure
      for (const m of lit) m.removeAttribute('data-active')
    }
  }, [pointed])

  // Above the mark if it fits in the drawing, else below; across, centred on the mark and kept
  // inside the drawing. Placed before the frame is painted (one layout, which the frame needs
  // anyway): it never shows at a wrong place.
  useLayoutEffect(() => {
    const node = box.current
    const el = tip.current
    if (!node || !el || !pointed) return
    const frame = node.getBoundingClientRect()
    const at = pointed.mark.getBoundingClientRect()
    const width = el.offsetWidth
    const height = el.offsetHeight
    const centre = (at.left + at.right) / 2 - frame.left
    const left = Math.max(0, Math.min(centre - width / 2, node.clientWidth - width))
    const above = at.top - frame.top - gap - height
    el.style.left = `${Math.round(left)}px`
    el.style.top = `${Math.round(above >= 0 ? above : at.bottom - frame.top + gap)}px`
  }, [pointed])

  const said = pointed ? content?.(pointed.figure) : null
  return (
    <div
      ref={box}
      className={className ? `mark-tooltips ${className}` : 'mark-tooltips'}
      // The drawing takes focus; its marks answer the arrow keys.
      tabIndex={answers ? 0 : undefined}
      {...rest}
    >
      {children}
      <div aria-live="polite" className="mark-tooltip-region">
        {said ? (
          <div ref={tip} className="mark-tooltip">
            {said}
          </div>
        ) : null}
      </div>
    </div>
  )
}
