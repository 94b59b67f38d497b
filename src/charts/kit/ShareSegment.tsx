import type { Figure } from '../../data/schema'
import { formatQuantity, type NumberMode } from '../../i18n/format'
import type { Lang } from '../../i18n/lang'
import { messages } from '../../i18n/messages'
import { type ColorRole, palette } from './palette'
import { markFill } from './patterns'
import { fitText, textWidth } from './text'

/** How one part of a stacked 100 % bar is drawn and labelled. */
export type ShareSegmentOptions = {
  f: Figure
  role: ColorRole
  /** The part's name, longest first: the longest that fits the part's width is drawn. */
  names: readonly string[]
  lang: Lang
  mode: NumberMode
  fontSize: number
  /** The figure a reader points at: drawn outlined. */
  highlight: string | null
  /** The drawing's pattern prefix (patterns.tsx). */
  prefix: string
  /** The leftmost part: its labels start at the axis, the others a little inside their part. */
  first?: boolean
  /**
   * How far past its end the part's labels may run: the plot's right margin, for the last part.
   * Its labels then end there when they are too wide to start at the part.
   */
  spill?: number
}

/** The height the labels of a part take above the bar: its value, then its name. */
export const shareLabelHeight = (fontSize: number) => Math.round(fontSize * 3.1)

/** What Recharts gives a bar shape (layout="vertical"). */
type ShapeProps = { x?: number; y?: number; width?: number; height?: number }

/**
 * The shape of one part of a stacked 100 % bar, for `<Bar shape>` in a stack: the part in its
 * colour (hatched and edged when derived), with its value as the article words it (推算 for a
 * derived one) and its name above it, from the part's left edge. Parts of a whole stand side by
 * side, so their labels go above the bar, not after its end as kit/BoundBar's do.
 */
export function shareSegment(options: ShareSegmentOptions) {
  return (props: unknown) => {
    const { x = 0, y = 0, width = 0, height = 0 } = props as ShapeProps
    return <ShareSegmentMarks {...options} x={x} y={y} width={width} height={height} />
  }
}

function ShareSegmentMarks({
  f,
  role,
  names,
  lang,
  mode,
  fontSize,
  highlight,
  prefix,
  first,
  spill,
  x,
  y,
  width,
  height,
}: ShareSegmentOptions & { x: number; y: number; width: number; height: number }) {
  const lit = highlight === f.id
  const indent = first ? 0 : Math.round(fontSize * 0.4)
  // The labels stay within their part (the next part's labels start at its end), or its spill.
  const room = width - indent + (spill ?? -fontSize * 0.4)
  const valueSize = Math.round(fontSize * 1.15)
  const value = formatQuantity(f, lang, { mode })
  const mark = f.derived ? messages[lang].derivedMark : ''
  const valueWidth = textWidth(value, valueSize) + textWidth(mark, fontSize)
  // A value too wide for its part from the left ends where the part's room ends instead.
  const fromEnd = spill !== undefined && valueWidth > room
  const labelX = fromEnd ? x + width + spill : x + indent
  const name = fitText(names, Math.max(0, fromEnd ? Math.max(room, valueWidth) : room), fontSize)
  const anchor = fromEnd ? 'end' : 'start'
  const nameY = y - Math.round(fontSize * 0.55)
  return (
    <g
      data-figure={f.id}
      data-value={f.value}
      data-qualifier={f.qualifier}
      data-derived={f.derived}
    >
      <rect
        data-mark="bar"
        x={x}
        y={y}
        width={Math.max(width, 0)}
        height={Math.max(height, 0)}
        fill={markFill(prefix, role, f.derived)}
        stroke={lit ? palette.ink : palette[role]}
        strokeWidth={lit ? 3 : f.derived ? 1.5 : 0}
      />
      <text
        data-mark="value"
        x={labelX}
        y={nameY - Math.round(fontSize * 1.35)}
        textAnchor={anchor}
        fontSize={valueSize}
        fontWeight={700}
        fill={palette.ink}
      >
        {value}
        {mark ? (
          <tspan fontSize={fontSize} fontWeight={400} fill={palette.subtle}>
            {mark}
          </tspan>
        ) : null}
      </text>
      <text
        data-mark="name"
        x={labelX}
        y={nameY}
        textAnchor={anchor}
        fontSize={fontSize}
        fill={palette.subtle}
      >
        {name}
      </text>
    </g>
  )
}
