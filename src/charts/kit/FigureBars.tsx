import type { ReactNode } from 'react'
import { Bar, BarChart, XAxis, YAxis } from 'recharts'
import type { Figure } from '../../data/schema'
import type { ChartProps } from '../spec'
import { chartProps, formattedAxis, valueAxisProps } from './axis'
import { type BarDatum, type BarTag, barReach, boundBar } from './BoundBar'
import { type ColorRole, fontFamily } from './palette'
import { drawingId, HatchPatterns } from './patterns'
import { textWidth } from './text'

/** The type size of a surface: slides are read across a room. */
export const chartFontSize = (surface: ChartProps<unknown>['surface']) =>
  surface === 'slide' ? 22 : 13

type Props = ChartProps<Figure> & {
  /** The drawing's id (the chart's id, or a panel of it): names its patterns. */
  id: string
  /** The bar's name on the chart. */
  nameOf: (f: Figure) => string
  /** The colour role of each bar. */
  roleOf: (f: Figure, index: number) => ColorRole
  /** A fixed end of the value axis (100 for shares of a whole); else from the data. */
  top?: number
  /** A figure shown after a bar's name (a rank), if any. */
  tagOf?: (f: Figure) => BarTag | undefined
  /** More Recharts elements: reference lines, brackets; or a function of the bars' layout. */
  children?: ReactNode | ((layout: FigureBarsLayout) => ReactNode)
}

/** What elements drawn among the bars may need to know: the bars' thickness and the type size. */
export type FigureBarsLayout = { barSize: number; fontSize: number }

/**
 * Horizontal bars of figures on one value axis that starts at zero: each bar's name above it,
 * its value at its end as the article qualifies it (boundBar), ticks from the data and the width.
 * Tooltips and keys: the frame's kit/MarkTooltips, on each bar's `data-figure`.
 */
export function FigureBars(props: Props) {
  const { rows, size, lang, mode, surface, highlight, id, nameOf, roleOf, top, tagOf } = props
  const fontSize = chartFontSize(surface)
  const tickSize = Math.round(fontSize * 0.92)
  const data: BarDatum[] = rows.map((f, i) => ({
    ...f,
    name: nameOf(f),
    role: roleOf(f, i),
    tag: tagOf?.(f),
  }))
  const prefix = drawingId(id, surface, size.width)
  const axisHeight = Math.round(tickSize * 2.2)
  const nameRoom = Math.round(fontSize * 1.6)
  const band = Math.max(1, (size.height - axisHeight - 4) / Math.max(data.length, 1))
  const barSize = Math.max(8, Math.min(fontSize * 2.6, band - 2 * nameRoom))
  const max = Math.max(0, ...data.map((f) => f.value))
  const unit = data[0]?.unit ?? 'percent'
  const axisFor = (left: number, right: number, atLeast = max) =>
    formattedAxis({
      max: atLeast,
      top,
      length: size.width - left - right,
      unit,
      lang,
      mode,
      fontSize: tickSize,
    })
  // First ticks, to know the labels at the axis's ends; then the margins that keep them, and what
  // runs past each bar's end (open ends, labels), inside the chart; then the ticks for that room.
  const first = axisFor(8, 12)
  // Room for half the zero's label; as wide as "0%" at least, so that stacked panels of counts
  // and of shares start at one zero line.
  const left =
    Math.ceil(Math.max(textWidth(first.format(0), tickSize), textWidth('0%', tickSize)) / 2) + 4
  const end = first.domain[1]
  const right = Math.ceil(
    Math.min(
      size.width * 0.5,
      Math.max(
        textWidth(first.format(end), tickSize) / 2 + 4,
        ...data.map((f) => {
          // A bar ends at v/end of the plot; its reach r past that fits when
          // right ≥ (r − k·(W − left)) / (1 − k), with k = 1 − v/end the plot left after it.
          const k = end > 0 ? 1 - f.value / end : 0
          const reach = barReach(f, lang, mode, fontSize) + 4
          return (reach - k * (size.width - left)) / Math.max(1 - k, 0.05)
        }),
      ),
    ),
  )
  // Never a shorter axis than the first: the bars would then reach further than measured.
  const axis = axisFor(left, right, end)
  return (
    <div className="figure-bars">
      <BarChart
        {...chartProps}
        width={size.width}
        height={size.height}
        data={data}
        layout="vertical"
        margin={{ top: 4, right, bottom: 0, left }}
        barSize={barSize}
        style={{ fontFamily }}
      >
        <defs>
          <HatchPatterns prefix={prefix} roles={[...new Set(data.map((f) => f.role))]} />
        </defs>
        <XAxis {...valueAxisProps(axis, { tickSize, height: axisHeight })} />
        <YAxis type="category" dataKey="name" hide />
        <Bar
          dataKey="value"
          isAnimationActive={false}
          shape={boundBar({
            lang,
            mode,
            fontSize,
            highlight,
            prefix,
            chartWidth: size.width,
            nameAbove: true,
          })}
        />
        {typeof props.children === 'function'
          ? props.children({ barSize, fontSize })
          : props.children}
      </BarChart>
    </div>
  )
}
