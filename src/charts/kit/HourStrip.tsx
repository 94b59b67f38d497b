import type { Figure } from '../../data/schema'
import type { NumberMode } from '../../i18n/format'
import type { Lang } from '../../i18n/lang'
import { tickFormatter } from './axis'
import { palette } from './palette'
import type { ValueAxis } from './scale'
import { textWidth } from './text'

// A day as a strip of hours on a 0–24 axis (Recharts draws it: a range bar for the hours the
// article names, a ReferenceArea per hour it does not). Its ticks, and the shapes of its cells.

/** A day's hours: the axis runs from 0 to this. */
export const hoursInDay = 24

/** Tick steps that divide a day evenly, most ticks first. */
const hourSteps = [3, 6, 12, hoursInDay]

/**
 * The 0–24 hour axis: ticks every 3, 6 or 12 hours, as often as their labels, as formatted, fit
 * side by side along `length` (the rule of kit/scale's value axes); 0 and 24 at the least.
 */
export function hourAxis(options: {
  length: number
  lang: Lang
  mode: NumberMode
  fontSize: number
  gap?: number
}): ValueAxis & { format: (value: number) => string } {
  const { length, lang, mode, fontSize, gap = 14 } = options
  const format = tickFormatter('hour_of_day', lang, mode)
  const labelWidth = (hour: number) => textWidth(format(hour), fontSize)
  for (const every of hourSteps) {
    const ticks = Array.from({ length: hoursInDay / every + 1 }, (_, i) => i * every)
    const spacing = (length * every) / hoursInDay
    const fits = ticks.every(
      (t, i) => i === 0 || (labelWidth(t) + labelWidth(ticks[i - 1] ?? 0)) / 2 + gap <= spacing,
    )
    if (fits || every === hoursInDay) return { domain: [0, hoursInDay], ticks, format }
  }
  return { domain: [0, hoursInDay], ticks: [0, hoursInDay], format }
}

/** What Recharts gives a bar or reference-area shape. */
type ShapeProps = { x?: number; y?: number; width?: number; height?: number }

const cell = (props: unknown) => {
  const { x = 0, y = 0, width = 0, height = 0 } = props as ShapeProps
  return { x: x + 0.5, y, width: Math.max(width - 1, 1), height: Math.max(height, 0) }
}

/**
 * An hour the article says nothing of, for `<ReferenceArea shape>`: grey with a dashed edge, no
 * value, all alike.
 */
export function notStatedHour(hour: number, title: string) {
  return (props: unknown) => (
    <rect
      data-hour={hour}
      data-stated="false"
      {...cell(props)}
      fill={palette.unknown}
      stroke={palette.muted}
      strokeWidth={0.75}
      strokeDasharray="2 2"
    >
      <title>{title}</title>
    </rect>
  )
}

/** The room a stated span's callout takes above the strip. */
export const calloutHeight = (fontSize: number) => Math.round(fontSize * 3.3)

/** How the hours the article names are drawn: their figure, callout and place in the chart. */
export type StatedHoursOptions = {
  /** The figure the span stands for (its first hour). */
  figure: Figure
  /** From and to, in hours of the day. */
  hours: readonly [number, number]
  /** The callout above the span: the hours in words, then what the article says of them. */
  heading: string
  line: { text: string; figure: Figure }
  /** The span's name in a tooltip of its own (<title>). */
  title: string
  fontSize: number
  /** Drawn outlined: a reader points at it. */
  lit: boolean
  /** The plot's left and right edges: the callout stays between them. */
  plot: { left: number; right: number }
}

/**
 * The hours the article names, for `<Bar shape>` over a range bar [from, to]: one cell per hour
 * in the highlight colour, and a callout above, centred on the span unless that would spill over
 * an edge of the plot, with a line down to the span.
 */
export function statedHours(options: StatedHoursOptions) {
  return (props: unknown) => {
    const { x = 0, y = 0, width = 0, height = 0 } = props as ShapeProps
    const { figure, hours, heading, line, title, fontSize: fs, lit, plot } = options
    const [from, to] = hours
    const step = width / Math.max(to - from, 1)
    const centre = x + width / 2
    const calloutWidth = Math.max(textWidth(heading, fs * 1.15), textWidth(line.text, fs))
    const anchor = Math.min(
      Math.max(centre, plot.left + calloutWidth / 2),
      plot.right - calloutWidth / 2,
    )
    return (
      <g
        data-figure={figure.id}
        data-value={figure.value}
        data-qualifier={figure.qualifier}
        data-hours={`${from}-${to}`}
      >
        <text
          x={anchor}
          y={y - Math.round(fs * 2.2)}
          textAnchor="middle"
          fontSize={Math.round(fs * 1.15)}
          fontWeight={700}
          fill={palette.ink}
        >
          {heading}
        </text>
        <text
          x={anchor}
          y={y - Math.round(fs * 0.95)}
          textAnchor="middle"
          fontSize={fs}
          fill={palette.ink}
          data-figure={line.figure.id}
          data-value={line.figure.value}
          data-qualifier={line.figure.qualifier}
        >
          {line.text}
        </text>
        <line
          x1={centre}
          x2={centre}
          y1={y - Math.round(fs * 0.6)}
          y2={y}
          stroke={palette.ink}
          strokeWidth={1.5}
        />
        {Array.from({ length: Math.max(to - from, 0) }, (_, i) => from + i).map((hour) => (
          <rect
            key={hour}
            data-hour={hour}
            data-stated="true"
            {...cell({ x: x + (hour - from) * step, y, width: step, height })}
            fill={palette.secondary}
            stroke={palette.ink}
            strokeWidth={lit ? 3 : 1.5}
          >
            <title>{title}</title>
          </rect>
        ))}
      </g>
    )
  }
}
