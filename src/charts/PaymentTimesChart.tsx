import { Bar, BarChart, ReferenceArea, XAxis, YAxis } from 'recharts'
import type { Figure } from '../data/schema'
import { formatQuantity, type NumberMode } from '../i18n/format'
import type { Lang } from '../i18n/lang'
import { chartProps, formattedAxis, tickFormatter, valueAxisProps } from './kit/axis'
import { chartFontSize } from './kit/FigureBars'
import { calloutHeight, hourAxis, hoursInDay, notStatedHour, statedHours } from './kit/HourStrip'
import { fontFamily, palette } from './kit/palette'
import { drawingId, HatchPatterns } from './kit/patterns'
import { shareLabelHeight, shareSegment } from './kit/ShareSegment'
import { fitText, textWidth, wrapText } from './kit/text'
import { waffleGrid, wafflePath } from './kit/waffle'
import { formatHourRange, type PaymentTimesFigures, paymentTimesFigures } from './paymentTimesRows'
import type { ChartProps } from './spec'

const title = { zh: '缴费高峰期：用户何时缴费', en: 'When people pay in the peak season' }

/** What every panel is drawn with: the figures, the reader's language and digits, the type. */
type Panel = Omit<ChartProps<Figure>, 'rows' | 'size'> & {
  f: PaymentTimesFigures
  width: number
  height: number
  fs: number
  tickSize: number
}

/** Where the two Recharts panels put their plots: the same edges, so bar and strip align. */
type Plot = { left: number; right: number; top: number; axisHeight: number }

/**
 * Three panels: the off-hours share against its derived complement (one 100 % bar), the one
 * busiest hour on a 24-hour axis (the other hours are not stated, so they carry no values), and
 * the hour's load as 600 service halls, one square each. The first two are Recharts charts, the
 * halls a waffle (kit/waffle). Cards stack them; slides put the halls beside the rest.
 */
export function PaymentTimesChart(props: ChartProps<Figure>) {
  const { rows, size, lang, mode, surface } = props
  const { width, height } = size
  const f = paymentTimesFigures(rows)
  if (!f) return <svg width={width} height={height} aria-hidden="true" />
  const side = width > height * 1.3
  const base = chartFontSize(surface)
  // Side by side, the share bar and the hour strip share one column: their text fits its height.
  const fs = side
    ? Math.max(surface === 'slide' ? 20 : 11, Math.min(base, Math.floor(height / 18.5)))
    : base
  const tickSize = Math.max(11, Math.round(fs * 0.92))
  const gap = Math.round(fs * 0.6)
  const columnWidth = side ? Math.round(width * 0.56) : width
  const hallsWidth = side ? width - columnWidth : width

  // The plots' edges leave room for the end labels of both axes, centred on their ticks.
  const percent = tickFormatter('percent', lang, mode)
  const hour = tickFormatter('hour_of_day', lang, mode)
  const halfLabel = (a: string, b: string) =>
    Math.ceil(Math.max(textWidth(a, tickSize), textWidth(b, tickSize)) / 2)
  const headingRoom = Math.round(fs * 1.6)
  const plot = {
    left: halfLabel(percent(0), hour(0)) + 2,
    right: halfLabel(percent(100), hour(hoursInDay)) + 4,
    axisHeight: Math.round(tickSize * 2.2),
  }
  const shareHeight = headingRoom + shareLabelHeight(fs) + Math.round(fs * 2.2) + plot.axisHeight
  const hourHeight = headingRoom + calloutHeight(fs) + Math.round(fs * 1.8) + plot.axisHeight

  const panel: Panel = { ...props, f, width: columnWidth, height: 0, fs, tickSize }
  const hallsTop = side ? 0 : shareHeight + hourHeight + 2 * gap
  const halls = hallsLayout({
    ...panel,
    width: hallsWidth,
    height: height - hallsTop,
    inset: side ? Math.round(fs * 0.8) : plot.left,
  })
  // Spare height goes between the panels rather than under the last one.
  const spare = side
    ? Math.max(0, height - shareHeight - hourHeight - gap)
    : Math.max(0, height - hallsTop - halls.needed)
  const between = gap + Math.round(Math.min(side ? spare : spare / 2, fs * 3))
  const shareBox = Math.max(1, Math.min(shareHeight, height))
  const hourBox = side
    ? Math.max(1, height - shareBox)
    : Math.max(1, Math.min(hourHeight + between, height - shareBox))
  const hallsBox = side ? height : Math.max(0, height - shareBox - hourBox)

  const column = (
    <>
      <ShareBar {...panel} height={shareBox} plot={{ ...plot, top: headingRoom }} />
      <HourStrip
        {...panel}
        height={hourBox}
        plot={{ ...plot, top: Math.min(between, hourBox) }}
        headingRoom={headingRoom}
      />
    </>
  )
  return (
    <div
      className="chart-panels payment-times"
      data-chart="payment-times"
      style={side ? { width, height, flexDirection: 'row' } : { width, height }}
    >
      {side ? <div className="chart-panels">{column}</div> : column}
      <HallUnits
        {...panel}
        width={hallsWidth}
        height={hallsBox}
        layout={halls}
        top={side ? 0 : between}
      />
    </div>
  )
}

function ShareBar({
  f,
  width,
  height,
  fs,
  tickSize,
  lang,
  mode,
  surface,
  highlight,
  plot,
}: Panel & { plot: Plot }) {
  const zh = lang === 'zh'
  const prefix = drawingId('payment-times-share', surface, width)
  const axis = formattedAxis({
    max: 100,
    top: 100,
    length: Math.max(1, width - plot.left - plot.right),
    unit: 'percent',
    lang,
    mode,
    fontSize: tickSize,
  })
  const whole = axis.format(100)
  const formula = `${whole} − ${formatQuantity(f.offHours, lang, { mode })}`
  const common = { lang, mode, fontSize: fs, highlight, prefix }
  const top = plot.top + shareLabelHeight(fs)
  return (
    <BarChart
      {...chartProps}
      width={width}
      height={height}
      data={[{ name: 'share', off: f.offHours.value, work: f.workingHours.value }]}
      layout="vertical"
      margin={{ top, right: plot.right, bottom: 0, left: plot.left }}
      barCategoryGap={0}
      style={{ fontFamily }}
      title={title[lang]}
    >
      <defs>
        <HatchPatterns prefix={prefix} roles={['muted']} />
      </defs>
      <PanelHeading x={plot.left} fs={fs}>
        {fitText(
          zh
            ? ['高峰期缴费的用户：何时缴费', '高峰期用户何时缴费']
            : ['When peak-season users paid', 'When users paid'],
          width - plot.left,
          fs,
        )}
      </PanelHeading>
      <XAxis {...valueAxisProps(axis, { tickSize, height: plot.axisHeight })} />
      <YAxis type="category" dataKey="name" hide />
      <Bar
        dataKey="off"
        stackId="share"
        isAnimationActive={false}
        shape={shareSegment({
          ...common,
          f: f.offHours,
          role: 'primary',
          first: true,
          names: zh ? ['非上班时间'] : ['outside working hours', 'off hours'],
        })}
      />
      <Bar
        dataKey="work"
        stackId="share"
        isAnimationActive={false}
        shape={shareSegment({
          ...common,
          f: f.workingHours,
          role: 'muted',
          spill: plot.right,
          names: zh
            ? [`上班时间 = ${formula}`, '上班时间']
            : [`working hours = ${formula}`, 'working hours'],
        })}
      />
    </BarChart>
  )
}

function HourStrip(props: Panel & { plot: Plot; headingRoom: number }) {
  const { f, width, height, fs, tickSize, lang, mode, highlight, plot } = props
  const zh = lang === 'zh'
  const length = Math.max(1, width - plot.left - plot.right)
  const axis = hourAxis({ length, lang, mode, fontSize: tickSize })
  const start = f.start.value
  const end = f.end.value
  const range = formatHourRange(f.start, f.end, lang, { mode })
  const payments = formatQuantity(f.payments, lang, { mode })
  // On a narrow slide "a day" gives way (the takeaway beside the chart says it).
  const load = zh ? `每天平均${payments}` : fitText([`${payments} a day`, payments], width - 4, fs)
  const unknown = zh ? '其他时段：文中未说明' : 'Other hours: not stated in the article'
  const unknownLabel = fitText(
    [unknown, zh ? '其他时段未说明' : 'Other hours: not stated', zh ? '未说明' : 'not stated'],
    (length * start) / hoursInDay - fs,
    tickSize,
  )
  const top = plot.top + props.headingRoom + calloutHeight(fs)
  const strip = Math.round(fs * 1.8)
  const lit = [f.start.id, f.end.id, f.payments.id].includes(highlight ?? '')
  const hours = Array.from({ length: hoursInDay }, (_, h) => h)
  return (
    <BarChart
      {...chartProps}
      width={width}
      height={height}
      data={[{ name: 'peak', hours: [start, end] }]}
      layout="vertical"
      margin={{
        top,
        right: plot.right,
        bottom: Math.max(0, height - top - strip - plot.axisHeight),
        left: plot.left,
      }}
      barCategoryGap={0}
      style={{ fontFamily }}
    >
      <PanelHeading x={plot.left} y={plot.top} fs={fs}>
        {fitText(
          zh
            ? ['一天中用户选择最多的缴费时段', '用户选择最多的缴费时段']
            : ['The hour most users chose to pay', 'The busiest hour'],
          width - plot.left,
          fs,
        )}
      </PanelHeading>
      {hours
        .filter((h) => h < start || h >= end)
        .map((h) => (
          <ReferenceArea
            key={h}
            x1={h}
            x2={h + 1}
            ifOverflow="hidden"
            shape={notStatedHour(h, unknown)}
          />
        ))}
      <ReferenceArea
        x1={0}
        x2={start}
        fill="none"
        stroke="none"
        label={{
          value: unknownLabel,
          position: 'center',
          fontSize: tickSize,
          fill: palette.subtle,
        }}
      />
      <XAxis {...valueAxisProps(axis, { tickSize, height: plot.axisHeight })} />
      <YAxis type="category" dataKey="name" hide />
      <Bar
        dataKey="hours"
        isAnimationActive={false}
        shape={statedHours({
          figure: f.start,
          hours: [start, end],
          heading: range,
          line: { text: load, figure: f.payments },
          title: `${range}: ${payments}${zh ? '/天' : ' a day'}`,
          fontSize: fs,
          lit,
          // The callout may run over the axis's end labels' margins, not past the panel.
          plot: { left: 2, right: width - 2 },
        })}
      />
    </BarChart>
  )
}

function PanelHeading({
  x,
  y = 0,
  fs,
  children,
}: {
  x: number
  y?: number
  fs: number
  children: string
}) {
  return (
    <text x={x} y={y + Math.round(fs * 1.1)} fontSize={fs} fontWeight={600} fill={palette.ink}>
      {children}
    </text>
  )
}

/** The halls panel's heading, key and grid: how much height they need in all. */
function hallsLayout(p: Panel & { inset: number }): {
  title: string[]
  key: string[]
  head: number
  inset: number
  needed: number
  grid: ReturnType<typeof waffleGrid>
} {
  const { f, lang, mode, fs, tickSize, inset } = p
  const room = Math.max(0, p.width - 2 * inset)
  const title = wrapText(hallsTitle(f, lang, mode), room, fs)
  const key = wrapText(hallsKey(lang), room, tickSize)
  const head = Math.round(fs * (0.6 + 1.3 * title.length) + tickSize * 1.3 * key.length)
  const grid = waffleGrid({
    count: f.halls.value,
    width: room,
    height: Math.max(0, p.height - head - fs * 0.5),
    maxCell: fs * 2,
  })
  return { title, key, head, inset, grid, needed: head + grid.height + Math.round(fs * 0.5) }
}

function hallsTitle(f: PaymentTimesFigures, lang: Lang, mode: NumberMode): string {
  return lang === 'zh'
    ? `相当于${formatQuantity(f.halls, lang, { mode })}一天的办件量`
    : `Equal to ${formatQuantity(f.halls, lang, { mode })}' daily workload`
}

function hallsKey(lang: Lang): string {
  return lang === 'zh'
    ? '每个方块 = 一个办事大厅一天的办件量'
    : "Each square = one hall's workload for a day"
}

function HallUnits({
  f,
  width,
  height,
  fs,
  tickSize,
  highlight,
  layout,
  top,
}: Panel & { layout: ReturnType<typeof hallsLayout>; top: number }) {
  const { title, key, head, inset, grid } = layout
  const gridX = inset + Math.max(0, (width - 2 * inset - grid.width) / 2)
  const gridY = top + head
  const keyY = top + Math.round(fs * (1.1 + 1.3 * (title.length - 1)) + tickSize * 1.35)
  const lit = highlight === f.halls.id
  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      style={{ fontFamily }}
      data-panel="halls"
    >
      <title>{title.join('')}</title>
      <g
        data-figure={f.halls.id}
        data-value={f.halls.value}
        data-qualifier={f.halls.qualifier}
        data-units={f.halls.value}
      >
        {title.map((line, i) => (
          <text
            // biome-ignore lint/suspicious/noArrayIndexKey: a line's place is its identity
            key={i}
            x={inset}
            y={top + Math.round(fs * (1.1 + 1.3 * i))}
            fontSize={fs}
            fontWeight={600}
            fill={palette.ink}
          >
            {line}
          </text>
        ))}
        {key.map((line, i) => (
          <text
            // biome-ignore lint/suspicious/noArrayIndexKey: a line's place is its identity
            key={i}
            x={inset}
            y={keyY + Math.round(tickSize * 1.3 * i)}
            fontSize={tickSize}
            fill={palette.subtle}
          >
            {line}
          </text>
        ))}
        {lit ? (
          <rect
            x={gridX - 3}
            y={gridY - 3}
            width={grid.width + 6}
            height={grid.height + 6}
            fill="none"
            stroke={palette.ink}
            strokeWidth={3}
          />
        ) : null}
        <path
          data-unit-squares={f.halls.value}
          d={wafflePath(grid, gridX, gridY)}
          fill={palette.tertiary}
        />
      </g>
    </svg>
  )
}
