import type { Unit } from '../../data/schema'
import type { NumberMode } from '../../i18n/format'
import type { Lang } from '../../i18n/lang'
import type { ChartSize } from '../spec'
import { formattedAxis } from './axis'
import { openEndLength } from './BoundBar'
import { palette } from './palette'
import { textWidth, wrapText } from './text'

/** What Recharts gives a bar shape (layout="vertical": x is where the segment starts). */
type ShapeProps = { x?: number; y?: number; width?: number; height?: number }

/** The brace's shape under a span: from x0 to x1 at y, its point `depth` lower at the middle. */
export function bracePath(x0: number, x1: number, y: number, depth: number): string {
  const mid = (x0 + x1) / 2
  const half = depth / 2
  const r = Math.max(0, Math.min(depth, (x1 - x0) / 4))
  return [
    `M${x0},${y}`,
    `Q${x0},${y + half} ${x0 + r},${y + half}`,
    `H${mid - r}`,
    `Q${mid},${y + half} ${mid},${y + depth}`,
    `Q${mid},${y + half} ${mid + r},${y + half}`,
    `H${x1 - r}`,
    `Q${x1},${y + half} ${x1},${y}`,
  ].join(' ')
}

/** The brace's gap under the bar, its depth and the line height of its label. */
const braceGeometry = (fontSize: number) => ({
  gap: 4,
  depth: Math.max(6, Math.round(fontSize * 0.55)),
  lineHeight: Math.round(fontSize * 1.3),
})

/** Pixels under a bar that a brace and its label of `lines` lines take. */
export function braceRoom(lines: number, fontSize: number): number {
  const { gap, depth, lineHeight } = braceGeometry(fontSize)
  return gap + depth + lines * lineHeight + 2
}

type NotStatedOptions = {
  /** The label's lines, under the brace (notStatedLayout wraps them): words only, never a share. */
  lines: readonly string[]
  fontSize: number
}

/**
 * The shape of the part of a whole that the article leaves open, for `<Bar shape>` stacked after
 * a lower bound: a pale dashed box, a brace under it, and its label ("not stated") under the
 * brace, right-aligned to the box's end. No number: the rest is not a share of its own.
 */
export function notStatedShape({ lines, fontSize }: NotStatedOptions) {
  return (props: unknown) => {
    const { x = 0, y = 0, width = 0, height = 0 } = props as ShapeProps
    const w = Math.max(width, 0)
    const end = x + w
    const { gap, depth, lineHeight } = braceGeometry(fontSize)
    const braceY = y + height + gap
    const fits = lines.length === 1 && textWidth(lines[0] ?? '', fontSize) <= w
    return (
      <g data-mark="not-stated">
        <rect
          x={x}
          y={y}
          width={w}
          height={Math.max(height, 0)}
          fill={palette.unknown}
          stroke={palette.muted}
          strokeDasharray="4 3"
        />
        <path
          d={bracePath(x, end, braceY, depth)}
          fill="none"
          stroke={palette.muted}
          strokeWidth={1.5}
        />
        <text
          fontSize={fontSize}
          fill={palette.subtle}
          textAnchor={fits ? 'middle' : 'end'}
          x={fits ? x + w / 2 : end}
        >
          {lines.map((line, i) => (
            <tspan
              // biome-ignore lint/suspicious/noArrayIndexKey: lines of one label, in order
              key={i}
              x={fits ? x + w / 2 : end}
              y={braceY + depth + i * lineHeight + fontSize * 1.05}
            >
              {line}
            </tspan>
          ))}
        </text>
      </g>
    )
  }
}

/**
 * The layout of one share of a fixed whole (0–`top`) whose rest the article leaves open: the
 * axis and margins that keep its end labels, the bar's height with room above for its name and
 * below for the brace and its label (all of it centred in the height), and how far the bound's
 * open end runs into the rest (it stops short of the rest's end: the arrow must not read as
 * reaching the whole).
 */
export function notStatedLayout(options: {
  size: ChartSize
  fontSize: number
  value: number
  top: number
  unit: Unit
  lang: Lang
  mode: NumberMode
  /** The rest's label, wrapped here to the plot's width. */
  label: string
}) {
  const { size, fontSize, value, top, unit, lang, mode, label } = options
  const tickSize = Math.round(fontSize * 0.92)
  const axisHeight = Math.round(tickSize * 2.2)
  const axisFor = (length: number) =>
    formattedAxis({ max: value, top, length, unit, lang, mode, fontSize: tickSize })
  const first = axisFor(size.width - 20)
  const left = Math.ceil(textWidth(first.format(0), tickSize) / 2) + 4
  const right = Math.ceil(textWidth(first.format(first.domain[1]), tickSize) / 2) + 4
  const plotWidth = Math.max(0, size.width - left - right)
  const axis = axisFor(plotWidth)
  const end = axis.domain[1]
  const restWidth = end > 0 ? (plotWidth * Math.max(0, end - value)) / end : 0
  const lines = wrapText(label, Math.max(plotWidth, 1), tickSize)
  const room = Math.max(Math.round(fontSize * 1.6), braceRoom(lines.length, tickSize))
  const marginTop = 4
  const plotHeight = Math.max(0, size.height - marginTop - axisHeight)
  const barSize = Math.max(1, Math.min(fontSize * 3.6, plotHeight - 2 * room))
  // Name, bar, brace and axis stay together, centred in a tall chart.
  const free = Math.max(0, plotHeight - barSize - 2 * room)
  return {
    axis,
    axisHeight,
    tickSize,
    margin: { top: marginTop + free / 2, right, bottom: free / 2, left },
    barSize,
    lines,
    rest: Math.max(0, end - value),
    openEnd: Math.max(
      0,
      Math.min(openEndLength(fontSize), restWidth - Math.max(6, restWidth * 0.3)),
    ),
  }
}
