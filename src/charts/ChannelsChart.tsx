import { Bar, BarChart, DefaultZIndexes, XAxis, YAxis } from 'recharts'
import type { Figure } from '../data/schema'
import { barName, notStated } from './channels'
import { chartProps, valueAxisProps } from './kit/axis'
import { type BarDatum, boundBar } from './kit/BoundBar'
import { chartFontSize } from './kit/FigureBars'
import { notStatedLayout, notStatedShape } from './kit/NotStated'
import { fontFamily } from './kit/palette'
import { drawingId } from './kit/patterns'
import type { ChartProps } from './spec'

/**
 * 90%以上 as a lower bound on the whole 0–100 % scale: the bar ends at 90 % and its open end runs
 * on into the part the article leaves open, stacked after it as "not stated", never as a share.
 */
export function ChannelsChart({ rows, size, lang, mode, surface, highlight }: ChartProps<Figure>) {
  const f = rows[0]
  if (!f) return <svg width={size.width} height={size.height} aria-hidden="true" />
  const fontSize = chartFontSize(surface)
  const layout = notStatedLayout({
    size,
    fontSize,
    value: f.value,
    // A share of a whole: the axis is the whole, 0–100 %.
    top: 100,
    unit: f.unit,
    lang,
    mode,
    label: notStated(lang),
  })
  const data: (BarDatum & { rest: number })[] = [
    { ...f, name: barName(lang), role: 'primary', rest: layout.rest },
  ]
  const { axis } = layout
  return (
    <BarChart
      {...chartProps}
      width={size.width}
      height={size.height}
      data={data}
      layout="vertical"
      margin={layout.margin}
      barSize={layout.barSize}
      style={{ fontFamily }}
    >
      <XAxis
        {...valueAxisProps(axis, { tickSize: layout.tickSize, height: layout.axisHeight })}
        allowDataOverflow
      />
      <YAxis type="category" dataKey="name" hide />
      <Bar
        dataKey="value"
        stackId="whole"
        isAnimationActive={false}
        shape={boundBar({
          lang,
          mode,
          fontSize,
          highlight,
          prefix: drawingId('channels', surface, size.width),
          chartWidth: size.width,
          nameAbove: true,
          openEnd: layout.openEnd,
        })}
      />
      {/* Under the bar: the bound's open end runs over the rest. */}
      <Bar
        dataKey="rest"
        stackId="whole"
        isAnimationActive={false}
        zIndex={DefaultZIndexes.bar - 1}
        shape={notStatedShape({ lines: layout.lines, fontSize: layout.tickSize })}
      />
    </BarChart>
  )
}
