import type { Figure } from '../data/schema'
import { formatNumber, formatQuantity, formatWithUnit } from '../i18n/format'
import type { Lang } from '../i18n/lang'
import { messages } from '../i18n/messages'
import { figureLabel } from './figureRows'
import { HatchPattern } from './kit/patterns'
import { fontFamily, palette } from './kit/palette'
import type { ChartProps } from './spec'
import { textWidth, wrapText } from './kit/text'

/** The figures chart 7 draws, in row order. */
export const paymentTimesIds = [
  'off-hours-share',
  'working-hours-share',
  'peak-hour-start',
  'peak-hour-end',
  'peak-hour-payments',
  'peak-hour-halls',
] as const

/** The rows of chart 7 by what they mean. */
export type PaymentTimesFigures = {
  offHours: Figure
  workingHours: Figure
  start: Figure
  end: Figure
  payments: Figure
  halls: Figure
}

/** The rows by name; null when one is missing (the chart then draws an empty box). */
export function paymentTimesFigures(rows: readonly Figure[]): PaymentTimesFigures | null {
  const byId = new Map(rows.map((f) => [f.id, f]))
  const [offHours, workingHours, start, end, payments, halls] = paymentTimesIds.map((id) =>
    byId.get(id),
  )
  if (!offHours || !workingHours || !start || !end || !payments || !halls) return null
  return { offHours, workingHours, start, end, payments, halls }
}

/** 18–19点 / 18:00–19:00: the article's busiest hour as a range. */
export function formatHourRange(start: Figure, end: Figure, lang: Lang): string {
  return lang === 'zh'
    ? `${formatNumber(start.value, lang)}–${formatWithUnit(end, lang)}`
    : `${formatWithUnit(start, lang)}–${formatWithUnit(end, lang)}`
}

/** The first of `texts` (longest first) that fits in `width`, else the last. */
function fitting(texts: string[], width: number, fontSize: number): string {
  return texts.find((text) => textWidth(text, fontSize) <= width) ?? texts[texts.length - 1] ?? ''
}

const hallColumns = 30
const hours = 24

/**
 * Three panels in one SVG: the off-hours share against its derived complement, the one busiest
 * hour on a 24-hour axis (the other hours are not stated, so they carry no values), and the
 * hour's load as 600 service halls, one square each. Slides put the halls beside the rest.
 */
export function PaymentTimesChart({ rows, size, lang, surface, highlight }: ChartProps<Figure>) {
  // One id per surface: a card and an export may draw this chart at once; ids must be deterministic.
  const uid = `payment-times-${surface}`
  const f = paymentTimesFigures(rows)
  const { width, height } = size
  if (!f) return <svg width={width} height={height} aria-hidden="true" />
  const side = width > height * 1.3
  // Side by side, the share bar and the hour axis share one column: their text must fit its height.
  const base = surface === 'slide' ? 22 : width < 420 ? 12 : 13
  // On a slide the smallest text (0.9 fs) stays at 18 px or more: shown 1.25× larger, 2.5 % of
  // the stage height.
  const fs = side ? Math.max(surface === 'slide' ? 20 : 9, Math.min(base, height / 18.5)) : base
  const pad = Math.round(fs * 0.8)
  const shareHeight = fs * 6.6
  const hourHeight = fs * 8.6
  const unitRows = Math.ceil(f.halls.value / hallColumns)

  const leftWidth = Math.max(0, side ? width * 0.46 - pad : width - 2 * pad)
  const hallX = side ? width * 0.52 : pad
  const hallWidth = Math.max(0, side ? width - hallX - pad : leftWidth)
  // The halls' heading and key wrap to the panel's width (on a slide the panel is narrow).
  const hallLines = {
    title: wrapText(hallsTitle(f, lang), hallWidth, fs),
    key: wrapText(hallsKey(lang), hallWidth, fs * 0.9),
  }
  const hallHead =
    fs * (3.2 + 1.3 * (hallLines.title.length - 1) + 1.2 * (hallLines.key.length - 1))
  const hallRoom = side
    ? height - 2 * pad - hallHead
    : height - 2 * pad - shareHeight - hourHeight - hallHead - 2 * fs
  const cell = Math.max(3, Math.min(hallWidth / hallColumns, hallRoom / unitRows, fs * 2))
  // Spare height goes between the panels rather than under the last one.
  const spare = side ? 0 : Math.max(0, hallRoom - cell * unitRows)
  const gap = fs + Math.min(spare / 2, fs * 3)
  const hourY = pad + shareHeight + (side ? fs * 2 : gap)
  const hallY = side ? pad : hourY + hourHeight + gap

  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      style={{ fontFamily }}
      data-chart="payment-times"
    >
      <title>
        {lang === 'zh' ? '缴费高峰期：用户何时缴费' : 'When people pay in the peak season'}
      </title>
      <defs>
        <HatchPattern id={`${uid}-hatch`} color={palette.muted} />
      </defs>
      <ShareBar
        f={f}
        x={pad}
        y={pad}
        width={leftWidth}
        fs={fs}
        lang={lang}
        hatch={`url(#${uid}-hatch)`}
        highlight={highlight}
      />
      <HourAxis
        f={f}
        x={pad}
        y={hourY}
        width={leftWidth}
        fs={fs}
        lang={lang}
        highlight={highlight}
      />
      <HallUnits
        f={f}
        x={hallX}
        y={hallY}
        width={hallWidth}
        head={hallHead}
        lines={hallLines}
        cell={cell}
        fs={fs}
        lang={lang}
        highlight={highlight}
      />
    </svg>
  )
}

type PanelProps = {
  f: PaymentTimesFigures
  x: number
  y: number
  width: number
  fs: number
  lang: Lang
  highlight: string | null
}

function ShareBar({ f, x, y, width, fs, lang, hatch, highlight }: PanelProps & { hatch: string }) {
  const zh = lang === 'zh'
  const barY = y + fs * 1.6
  const barHeight = fs * 2.2
  const offWidth = (width * f.offHours.value) / 100
  const workWidth = (width * f.workingHours.value) / 100
  const workX = x + offWidth
  const labelY = barY + barHeight + fs * 1.3
  const derived = messages[lang].derivedMark
  const formula = `${formatWithUnit({ value: 100, unit: 'percent' }, lang)} − ${formatQuantity(f.offHours, lang)}`
  const workName = zh ? `上班时间 = ${formula}` : `working hours = ${formula}`
  const shortWorkName = zh ? '上班时间' : 'working hours'
  const workValue = `${formatQuantity(f.workingHours, lang)}${derived}`
  const offName = zh
    ? '非上班时间'
    : textWidth('outside working hours', fs) < offWidth - fs
      ? 'outside working hours'
      : 'off hours'

  return (
    <g>
      <text x={x} y={y + fs} fontSize={fs} fontWeight={600} fill={palette.ink}>
        {zh
          ? '高峰期缴费的用户：何时缴费'
          : fitting(['When peak-season users paid', 'When users paid'], width, fs)}
      </text>
      <g data-figure={f.offHours.id} data-value={f.offHours.value}>
        <rect
          x={x}
          y={barY}
          width={offWidth}
          height={barHeight}
          fill={palette.primary}
          stroke={palette.ink}
          strokeWidth={highlight === f.offHours.id ? 3 : 0}
        >
          <title>{`${figureLabel(f.offHours, lang)}: ${formatQuantity(f.offHours, lang)}`}</title>
        </rect>
        <text x={x} y={labelY} fontSize={fs * 1.15} fontWeight={700} fill={palette.ink}>
          {formatQuantity(f.offHours, lang)}
        </text>
        <text x={x} y={labelY + fs * 1.3} fontSize={fs} fill={palette.subtle}>
          {offName}
        </text>
      </g>
      <g data-figure={f.workingHours.id} data-value={f.workingHours.value} data-derived="true">
        <rect
          x={workX}
          y={barY}
          width={workWidth}
          height={barHeight}
          fill={hatch}
          stroke={highlight === f.workingHours.id ? palette.ink : palette.muted}
          strokeWidth={highlight === f.workingHours.id ? 3 : 1.5}
        >
          <title>{`${figureLabel(f.workingHours, lang)}: ${workValue}. ${f.workingHours.note}`}</title>
        </rect>
        <text
          x={workX + fs * 0.4}
          y={labelY}
          fontSize={fs * 1.15}
          fontWeight={700}
          fill={palette.ink}
        >
          {formatQuantity(f.workingHours, lang)}
          <tspan fontSize={fs} fontWeight={400} fill={palette.subtle}>
            {derived}
          </tspan>
        </text>
        <text x={workX + fs * 0.4} y={labelY + fs * 1.3} fontSize={fs} fill={palette.subtle}>
          {textWidth(workName, fs) < workWidth - fs * 0.4 ? workName : shortWorkName}
        </text>
      </g>
    </g>
  )
}

function HourAxis({ f, x, y, width, fs, lang, highlight }: PanelProps) {
  const zh = lang === 'zh'
  const step = width / hours
  const stripY = y + fs * 4.8
  const stripHeight = fs * 1.8
  const start = f.start.value
  const end = f.end.value
  const stated = (h: number) => h >= start && h < end
  const peakX = x + ((start + end) / 2) * step
  const range = formatHourRange(f.start, f.end, lang)
  // On a narrow slide "a day" gives way (the takeaway beside the chart says it).
  const load = zh
    ? `每天平均${formatQuantity(f.payments, lang)}`
    : fitting(
        [`${formatQuantity(f.payments, lang)} a day`, formatQuantity(f.payments, lang)],
        width,
        fs,
      )
  // Keep the callout inside the panel: centred on the hour unless it would spill over an edge.
  const calloutWidth = Math.max(textWidth(range, fs * 1.15), textWidth(load, fs))
  const anchorX = Math.min(Math.max(peakX, x + calloutWidth / 2), x + width - calloutWidth / 2)
  const lit = [f.start.id, f.end.id, f.payments.id].includes(highlight ?? '')
  // Ticks every 3, 6 or 12 hours: as often as their labels leave a gap between them (the first
  // label starts at the axis, the others are centred on their tick).
  const tickLabel = formatWithUnit({ value: 24, unit: 'hour_of_day' }, lang)
  const tickGap = textWidth(tickLabel, fs * 0.9) * 1.5 + fs
  const tickEvery = [3, 6, 12].find((every) => every * step >= tickGap) ?? 24
  const ticks = Array.from({ length: hours / tickEvery + 1 }, (_, i) => i * tickEvery)
  const unknown = zh ? '其他时段：文中未说明' : 'Other hours: not stated in the article'
  const unknownShort = zh ? '其他时段未说明' : 'Other hours: not stated'
  const unknownLabel = fitting(
    [unknown, unknownShort, zh ? '未说明' : 'not stated'],
    start * step - fs,
    fs * 0.9,
  )
  return (
    <g>
      <text x={x} y={y + fs} fontSize={fs} fontWeight={600} fill={palette.ink}>
        {zh
          ? '一天中用户选择最多的缴费时段'
          : fitting(['The hour most users chose to pay', 'The busiest hour'], width, fs)}
      </text>
      <g data-figure={f.start.id} data-hours={`${start}-${end}`}>
        <text
          x={anchorX}
          y={y + fs * 2.6}
          textAnchor="middle"
          fontSize={fs * 1.15}
          fontWeight={700}
          fill={palette.ink}
        >
          {range}
        </text>
        <text
          x={anchorX}
          y={y + fs * 3.8}
          textAnchor="middle"
          fontSize={fs}
          fill={palette.ink}
          data-figure={f.payments.id}
          data-qualifier={f.payments.qualifier}
        >
          {load}
        </text>
        <line
          x1={peakX}
          x2={peakX}
          y1={y + fs * 4.2}
          y2={stripY}
          stroke={palette.ink}
          strokeWidth={1.5}
        />
      </g>
      <g>
        {Array.from({ length: hours }, (_, h) => (
          <rect
            // biome-ignore lint/suspicious/noArrayIndexKey: the hours of a day are fixed
            key={h}
            data-hour={h}
            data-stated={stated(h)}
            x={x + h * step + 0.5}
            y={stripY}
            width={Math.max(step - 1, 1)}
            height={stripHeight}
            fill={stated(h) ? palette.secondary : palette.unknown}
            stroke={stated(h) ? palette.ink : palette.muted}
            strokeWidth={stated(h) ? (lit ? 3 : 1.5) : 0.75}
            strokeDasharray={stated(h) ? undefined : '2 2'}
          >
            <title>
              {stated(h)
                ? `${range}: ${formatQuantity(f.payments, lang)}${zh ? '/天' : ' a day'}`
                : unknown}
            </title>
          </rect>
        ))}
      </g>
      <text
        x={x + (start * step) / 2}
        y={stripY + stripHeight / 2}
        dominantBaseline="central"
        textAnchor="middle"
        fontSize={fs * 0.9}
        fill={palette.subtle}
      >
        {unknownLabel}
      </text>
      <g>
        {ticks.map((h) => (
          <g key={h}>
            <line
              x1={x + h * step}
              x2={x + h * step}
              y1={stripY + stripHeight}
              y2={stripY + stripHeight + fs * 0.4}
              stroke={palette.subtle}
            />
            <text
              x={x + h * step}
              y={stripY + stripHeight + fs * 1.5}
              textAnchor={h === 0 ? 'start' : h === hours ? 'end' : 'middle'}
              fontSize={fs * 0.9}
              fill={palette.subtle}
            >
              {formatWithUnit({ value: h, unit: 'hour_of_day' }, lang)}
            </text>
          </g>
        ))}
      </g>
    </g>
  )
}

const round2 = (value: number) => Math.round(value * 100) / 100

function hallsTitle(f: PaymentTimesFigures, lang: Lang): string {
  return lang === 'zh'
    ? `相当于${formatQuantity(f.halls, lang)}一天的办件量`
    : `Equal to ${formatQuantity(f.halls, lang)}' daily workload`
}

function hallsKey(lang: Lang): string {
  return lang === 'zh'
    ? '每个方块 = 一个办事大厅一天的办件量'
    : "Each square = one hall's workload for a day"
}

type HallProps = PanelProps & {
  cell: number
  head: number
  lines: { title: string[]; key: string[] }
}

function HallUnits({ f, x, y, width, cell, head, lines, fs, highlight }: HallProps) {
  const n = f.halls.value
  const gridWidth = cell * hallColumns
  const gridX = x + Math.max(0, (width - gridWidth) / 2)
  const gridY = y + head
  const keyY = y + fs * (2.3 + 1.3 * (lines.title.length - 1))
  const inset = cell >= 6 ? cell * 0.15 : 0.5
  const lit = highlight === f.halls.id
  // One path of n squares, not n elements: 600 nodes fewer for the page to lay out and hydrate.
  const side = round2(Math.max(0, cell - inset))
  const unitSquares = Array.from({ length: n }, (_, i) => {
    const ux = round2(gridX + (i % hallColumns) * cell + inset / 2)
    const uy = round2(gridY + Math.floor(i / hallColumns) * cell + inset / 2)
    return `M${ux} ${uy}h${side}v${side}h${-side}z`
  }).join('')
  return (
    <g data-figure={f.halls.id} data-units={n}>
      {lines.title.map((line, i) => (
        <text
          // biome-ignore lint/suspicious/noArrayIndexKey: a line's place is its identity
          key={i}
          x={x}
          y={y + fs * (1 + 1.3 * i)}
          fontSize={fs}
          fontWeight={600}
          fill={palette.ink}
        >
          {line}
        </text>
      ))}
      {lines.key.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a line's place is its identity
        <text key={i} x={x} y={keyY + fs * 1.2 * i} fontSize={fs * 0.9} fill={palette.subtle}>
          {line}
        </text>
      ))}
      {lit ? (
        <rect
          x={gridX - 3}
          y={gridY - 3}
          width={gridWidth + 6}
          height={Math.ceil(n / hallColumns) * cell + 6}
          fill="none"
          stroke={palette.ink}
          strokeWidth={3}
        />
      ) : null}
      <path data-unit-squares={n} d={unitSquares} fill={palette.tertiary} />
    </g>
  )
}
