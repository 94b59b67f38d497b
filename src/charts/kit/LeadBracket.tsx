import { useChartWidth, usePlotArea, useXAxisScale, useYAxisScale } from 'recharts'
import type { Figure } from '../../data/schema'
import { palette } from './palette'
import { textWidth } from './text'

/** One bar of a FigureBars chart: its name (the category) and its value. */
type BarEnd = { name: string; value: number }

type Props = {
  /** The figure the bracket stands for: the difference between the two bars' values. */
  figure: Figure
  /** The bar above the bracket and the one below it (next to each other). */
  upper: BarEnd
  lower: BarEnd
  /** The text over the lower bar (its name): the guide from its end stops above it. */
  lowerName: string
  /** The label, longest first: the first that fits beside the bracket is drawn. */
  texts: readonly string[]
  /** The bars' thickness and the chart's type size (FigureBars' layout). */
  barSize: number
  fontSize: number
  /** The reader points at the figure: drawn stronger. */
  lit: boolean
}

/**
 * A bracket in the gap between two horizontal bars, from the lower bar's end to the upper's,
 * spanning the difference the article states ("leads by 2 points"): a dashed guide from the
 * upper bar's end down to it, another from it down to the lower bar's end, its label beside it.
 * Placed by the chart's own scales (a child of a Recharts chart), in the room FigureBars leaves
 * between the upper bar's value label and the lower bar's name.
 */
export function LeadBracket(props: Props) {
  const { figure, upper, lower, lowerName, texts, barSize, fontSize, lit } = props
  const x = useXAxisScale()
  const y = useYAxisScale()
  const width = useChartWidth()
  const plot = usePlotArea()
  const ends = [x?.(lower.value), x?.(upper.value)]
  const mids = [y?.(upper.name, { position: 'middle' }), y?.(lower.name, { position: 'middle' })]
  const [from, to] = ends
  const [upperMid, lowerMid] = mids
  if (
    from === undefined ||
    to === undefined ||
    upperMid === undefined ||
    lowerMid === undefined ||
    width === undefined ||
    plot === undefined
  )
    return null
  const upperBottom = upperMid + barSize / 2
  const lowerTop = lowerMid - barSize / 2
  // Between the upper bar's value label (centred on the bar, boundBar) and the lower bar's name
  // (on a baseline 0.45 em above it, its glyphs reaching about 1.4 em up): the bracket and its
  // label take the middle of that room.
  const valueBottom = Math.max(upperBottom, upperMid + fontSize * 0.6)
  const nameTop = lowerTop - fontSize * 1.4
  const labelSize = Math.round(fontSize * 0.92)
  const rowY = Math.max(valueBottom + labelSize * 0.6, (valueBottom + nameTop) / 2)
  const left = Math.min(from, to)
  const right = Math.max(from, to)
  // Right of the bracket, else left of it; a shorter text where the full one fits neither side.
  const places = texts.flatMap((text) => {
    const w = textWidth(text, labelSize)
    return [
      { text, anchor: 'start' as const, x: right + 8, fits: right + 8 + w <= width - 2 },
      { text, anchor: 'end' as const, x: left - 8, fits: left - 8 - w >= plot.x },
    ]
  })
  const place = places.find((p) => p.fits) ?? places[places.length - 1]
  const tick = Math.min(4, Math.max(0, rowY - upperBottom))
  // The guide down to the lower bar's end would cross its name where the name reaches that far.
  const nameEnd = plot.x + textWidth(lowerName, fontSize) + 4
  const guideEnd = nameEnd >= from ? Math.max(rowY, nameTop) : lowerTop
  return (
    <g data-figure={figure.id} data-value={figure.value} data-qualifier={figure.qualifier}>
      <line x1={to} x2={to} y1={upperBottom} y2={rowY} stroke={palette.ink} strokeDasharray="3 3" />
      <line
        x1={from}
        x2={from}
        y1={rowY}
        y2={guideEnd}
        stroke={palette.ink}
        strokeDasharray="3 3"
      />
      <path
        data-mark="lead"
        d={`M${from},${rowY - tick} V${rowY} H${to} V${rowY - tick}`}
        fill="none"
        stroke={palette.ink}
        strokeWidth={lit ? 3 : 1.5}
      />
      {place ? (
        <text
          x={place.x}
          y={rowY}
          textAnchor={place.anchor}
          dominantBaseline="central"
          fontSize={labelSize}
          fontWeight={lit ? 800 : 600}
          fill={palette.ink}
        >
          {place.text}
        </text>
      ) : null}
    </g>
  )
}
