import { Bar, BarChart, ReferenceLine, XAxis, YAxis } from 'recharts'
import type { Figure } from '../data/schema'
import { formatQuantity } from '../i18n/format'
import { chartProps, valueAxisProps } from './kit/axis'
import { chartFontSize } from './kit/FigureBars'
import { fontFamily, palette } from './kit/palette'
import { UnitHeading, unitBlockShape, unitBlocks, unitBlocksLayout } from './kit/UnitBlocks'
import { block, blockLabel, meaning } from './perCapita'
import type { ChartProps } from './spec'

/** The figure, its blocks (one stacked segment each) and the name of its one row. */
type Datum = Figure & { name: string; parts: number[] }

/**
 * 523 yuan as a unit chart of 100-yuan blocks, five whole and part of a sixth, on a yuan axis,
 * with a line at the stated value, under the amount in large type and what it is an average of.
 */
export function PerCapitaChart(props: ChartProps<Figure>) {
  const { rows, size, lang, mode, surface, highlight } = props
  const f = rows[0]
  if (!f) return <svg width={size.width} height={size.height} aria-hidden="true" />
  const fontSize = chartFontSize(surface)
  const stated = formatQuantity(f, lang, { mode })
  // A slide shows the amount as its headline already: there the chart leaves it out.
  const amount = surface === 'slide' ? null : stated
  const layout = unitBlocksLayout({
    size,
    fontSize,
    value: f.value,
    block,
    lang,
    mode,
    amount,
    note: meaning(lang),
  })
  const parts = unitBlocks(f.value, block)
  const data: Datum[] = [{ ...f, name: f.label_zh, parts }]
  const lit = highlight === f.id
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
      barCategoryGap={0}
      style={{ fontFamily }}
    >
      <UnitHeading f={f} amount={amount} heading={layout.heading} lit={lit} />
      <XAxis
        {...valueAxisProps(axis, { tickSize: layout.tickSize, height: layout.axisHeight })}
        allowDataOverflow
      />
      <YAxis type="category" dataKey="name" hide />
      {parts.map((part, i) => (
        <Bar
          // biome-ignore lint/suspicious/noArrayIndexKey: the blocks are positions along the axis
          key={i}
          dataKey={(d: Datum) => d.parts[i] ?? 0}
          stackId="blocks"
          isAnimationActive={false}
          shape={unitBlockShape({
            f,
            block,
            amount: part,
            label: blockLabel(lang, mode),
            fontSize,
            lit,
          })}
        />
      ))}
      <ReferenceLine
        x={f.value}
        stroke={palette.ink}
        strokeWidth={2}
        label={{
          value: stated,
          position: 'top',
          fill: palette.ink,
          fontSize: layout.tickSize,
          fontWeight: 600,
        }}
      />
    </BarChart>
  )
}
