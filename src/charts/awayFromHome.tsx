import type { Figure } from '../data/schema'
import { formatNumber, formatQuantity } from '../i18n/format'
import type { Lang } from '../i18n/lang'
import { figureColumns, figureLabel, figureRows } from './figureRows'
import { fontFamily, palette } from './kit/palette'
import { type ChartProps, defineChart } from './spec'

const ids = ['away-people', 'moved-people'] as const

/** Where the shared axis ends: room past 超1.1亿 for the open end of the lower bound. */
const domainMax = 1.5e8
const ticks = [0, 5e7, 1e8, 1.5e8]

const shortLabels: Record<string, { zh: string; en: string }> = {
  'away-people': { zh: '异地缴纳社保', en: 'Paid for another place' },
  'moved-people': { zh: '参保地发生变化', en: 'Insured place changed' },
}

const shortLabel = (f: Figure, lang: Lang) => shortLabels[f.id]?.[lang] ?? figureLabel(f, lang)

/** Rough text width for layout: CJK glyphs are one em, Latin about six tenths. */
const textWidth = (text: string, fontSize: number) =>
  [...text].reduce((w, ch) => w + (/[\u2e80-\uffff]/.test(ch) ? fontSize : fontSize * 0.6), 0)

/**
 * Chart 7: two counts of people on one axis, to scale. 超1.1亿 is a lower bound: the bar runs on
 * as a dashed arrow. 近650万 is just under its mark: the bar stops short of a tick at 650万.
 */
function AwayFromHomeChart({ rows, size, lang, surface, highlight }: ChartProps<Figure>) {
  const fontSize = surface === 'slide' ? 22 : 13
  const axisHeight = fontSize * 2
  const x0 = 6
  // Never narrower than nothing: a card can be measured at a few pixels while it lays out.
  const x1 = Math.max(x0, size.width - fontSize)
  const scale = (v: number) => x0 + (v / domainMax) * (x1 - x0)
  const band = (size.height - axisHeight - 4) / Math.max(rows.length, 1)
  const header = fontSize * 1.6
  const barHeight = Math.max(10, Math.min(band - header - fontSize * 0.8, fontSize * 3))
  const axisY = size.height - axisHeight
  const colors = [palette.primary, palette.secondary]
  // On narrow charts the last tick keeps its line but not its label, which would touch the one before.
  const spacing = scale(ticks[1] ?? 0) - scale(0)
  const labelled = (t: number) =>
    t !== domainMax || spacing >= textWidth(formatNumber(t, lang), fontSize * 0.92) * 1.6 + 8

  return (
    <svg
      width={size.width}
      height={size.height}
      viewBox={`0 0 ${size.width} ${size.height}`}
      style={{ fontFamily }}
      aria-hidden="true"
    >
      {ticks.map((t) => (
        <g key={t}>
          <line x1={scale(t)} x2={scale(t)} y1={4} y2={axisY} stroke={palette.grid} />
          <text
            x={scale(t)}
            y={axisY + fontSize * 1.2}
            textAnchor={t === 0 ? 'start' : t === domainMax ? 'end' : 'middle'}
            fontSize={fontSize * 0.92}
            fill={palette.subtle}
          >
            {labelled(t) ? formatNumber(t, lang) : ''}
          </text>
        </g>
      ))}
      <line x1={x0} x2={x1} y1={axisY} y2={axisY} stroke={palette.subtle} />
      {rows.map((f, i) => {
        const top = 4 + i * band
        const y = top + header
        return (
          <CountBar
            key={f.id}
            figure={f}
            lang={lang}
            y={y}
            top={top}
            height={barHeight}
            x0={x0}
            end={scale(f.value)}
            right={size.width}
            fontSize={fontSize}
            color={colors[i % colors.length] ?? palette.primary}
            lit={highlight === f.id}
          />
        )
      })}
    </svg>
  )
}

type CountBarProps = {
  figure: Figure
  lang: Lang
  top: number
  y: number
  height: number
  x0: number
  end: number
  right: number
  fontSize: number
  color: string
  lit: boolean
}

function CountBar({
  figure: f,
  lang,
  top,
  y,
  height,
  x0,
  end,
  right,
  fontSize,
  color,
  lit,
}: CountBarProps) {
  const open = f.qualifier === 'over' || f.qualifier === 'at_least'
  const nearly = f.qualifier === 'nearly'
  // 近: the bar stops a little before the stated value, which a tick marks.
  const gap = nearly ? Math.max(1.5, Math.min(3, (end - x0) * 0.06)) : 0
  const barEnd = end - gap
  const midY = y + height / 2
  const run = open ? Math.max(0, Math.min(Math.max(36, (end - x0) * 0.14), right - end - 24)) : 0
  const markEnd = open ? end + run + 12 : nearly ? end + 3 : barEnd
  const label = formatQuantity(f, lang)
  // Bold text runs a little wider than the estimate.
  const labelWidth = textWidth(label, fontSize) * 1.1
  // The value goes right of the bar when it fits, else inside it, in the surface colour.
  const outside = markEnd + 8 + labelWidth <= right - 2
  return (
    <g data-figure={f.id} data-value={f.value} data-qualifier={f.qualifier}>
      <text x={x0} y={top + fontSize} fontSize={fontSize} fill={palette.ink}>
        {shortLabel(f, lang)}
      </text>
      <rect
        data-mark="bar"
        x={x0}
        y={y}
        width={Math.max(barEnd - x0, 1)}
        height={height}
        fill={color}
        stroke={lit ? palette.ink : 'none'}
        strokeWidth={lit ? 3 : 0}
      />
      {open ? (
        <g data-mark="open-end">
          <line
            x1={end}
            x2={end + run}
            y1={midY}
            y2={midY}
            stroke={color}
            strokeWidth={Math.max(2, height * 0.12)}
            strokeDasharray="6 5"
          />
          <path
            d={`M${end + run},${midY - 8} L${end + run + 12},${midY} L${end + run},${midY + 8}`}
            fill="none"
            stroke={color}
            strokeWidth={2.5}
          />
        </g>
      ) : null}
      {nearly ? (
        <line
          data-mark="stated-value"
          x1={end}
          x2={end}
          y1={y - 4}
          y2={y + height + 4}
          stroke={palette.ink}
          strokeWidth={2}
        />
      ) : null}
      <text
        x={outside ? markEnd + 8 : barEnd - 8}
        y={midY}
        textAnchor={outside ? 'start' : 'end'}
        dominantBaseline="central"
        fontSize={fontSize}
        fontWeight={lit ? 800 : 600}
        fill={outside ? palette.ink : palette.surface}
      >
        {label}
      </text>
    </g>
  )
}

const people = (f: Figure | undefined, lang: Lang) => (f ? formatQuantity(f, lang) : '')

/** Chart 7: more than 110 million people paid away from home; nearly 6.5 million moved. */
export const awayFromHome = defineChart<Figure>({
  id: 'away-from-home',
  title: {
    zh: '异地缴纳社保与参保地变化',
    en: 'Paying for another place, and changing the place of insurance',
  },
  figureIds: ids,
  sentenceIds: ['away-2021', 'moved-2021'],
  rows: (report) => figureRows(report, ids),
  rowId: (f) => f.id,
  columns: figureColumns,
  Chart: AwayFromHomeChart,
  aspect: 0.45,
  caption: ([away, moved], lang) =>
    lang === 'zh'
      ? `2021年，${people(away, lang)}通过微信支付异地缴纳社保；过去一年，${people(moved, lang)}的参保地发生变化。两个数字统计的对象不同，按同一比例尺绘制。`
      : `In 2021 ${people(away, lang)} used WeChat Pay to pay social security for another place; over the year, ${people(moved, lang)} changed the place where they are insured. Two different counts, drawn to the same scale.`,
  describe: (rows, lang) => {
    const parts = rows.map((f) => {
      const bound =
        f.qualifier === 'over' || f.qualifier === 'at_least'
          ? lang === 'zh'
            ? '这是下限，条形末端的虚线箭头表示实际人数更多'
            : 'a lower bound: the dashed arrow past the bar means the true number is higher'
          : f.qualifier === 'nearly'
            ? lang === 'zh'
              ? '实际人数略少于此，条形止于该数值的刻度线之前'
              : 'just under that: the bar stops short of the tick at the stated value'
            : ''
      return lang === 'zh'
        ? `${figureLabel(f, lang)}：${formatQuantity(f, lang)}${bound ? `（${bound}）` : ''}。`
        : `${figureLabel(f, lang)}: ${formatQuantity(f, lang)}${bound ? ` (${bound})` : ''}.`
    })
    const intro =
      lang === 'zh'
        ? `条形图，${rows.length}个条形共用同一条从0到${formatNumber(domainMax, lang)}人的横轴，长度可直接比较。`
        : `Bar chart: ${rows.length} bars share one axis from 0 to ${formatNumber(domainMax, lang)} people, so their lengths compare directly.`
    return [intro, ...parts].join(lang === 'zh' ? '' : ' ')
  },
  headline: ([away], lang) => people(away, lang),
  legend: (_rows, lang) => [
    {
      label:
        lang === 'zh'
          ? '虚线箭头：下限，实际人数更多（超）'
          : 'Dashed arrow: lower bound, more in fact',
      color: palette.primary,
      pattern: 'outline',
    },
    {
      label:
        lang === 'zh'
          ? '竖线：所述数值；条形略短于它（近）'
          : 'Tick: the stated value; the bar stops just short (nearly)',
      color: palette.ink,
    },
  ],
})
