import type { Figure } from '../data/schema'
import { formatQuantity, formatWithUnit } from '../i18n/format'
import type { Lang } from '../i18n/lang'
import { figureColumns, figureLabel, figureRows } from './figureRows'
import { fontFamily, palette } from './kit/palette'
import { type ChartProps, defineChart } from './spec'

const ids = ['channels-share'] as const

const ticks = [0, 25, 50, 75, 100]

const pct = (value: number, lang: Lang) => formatWithUnit({ value, unit: 'percent' }, lang)

const notStated = (lang: Lang) => (lang === 'zh' ? '其余：文中未说明' : 'The rest: not stated')

const barName = (lang: Lang) =>
  lang === 'zh' ? '通过公众号或小程序缴费的用户' : 'Via official account or mini-program'

/** Rough text width for layout: CJK glyphs are one em, Latin about six tenths. */
const textWidth = (text: string, fontSize: number) =>
  [...text].reduce((w, ch) => w + (/[\u2e80-\uffff]/.test(ch) ? fontSize : fontSize * 0.6), 0)

/**
 * Chart 5: 90 %以上 as a lower bound on the whole 0–100 % scale. The bar ends at 90 % and an
 * arrow runs on into the part the article leaves open, drawn as "not stated", never as a share.
 */
function ChannelsChart({ rows, size, lang, surface, highlight }: ChartProps<Figure>) {
  const f = rows[0]
  if (!f) return <svg width={size.width} height={size.height} aria-hidden="true" />
  const fontSize = surface === 'slide' ? 22 : 13
  const x0 = 6
  // Never narrower than nothing: a card can be measured at a few pixels while it lays out.
  const x1 = Math.max(x0, size.width - fontSize)
  const scale = (v: number) => x0 + (v / 100) * (x1 - x0)
  const axisHeight = fontSize * 2
  const header = fontSize * 1.6
  const below = fontSize * 2.2
  const barHeight = Math.max(
    16,
    Math.min(size.height - header - below - axisHeight, fontSize * 3.6),
  )
  // Name, bar, the note under it and the axis, centred as one block.
  const top = Math.max(0, (size.height - header - barHeight - below - axisHeight) / 2)
  const barY = top + header
  const axisY = barY + barHeight + below
  const midY = barY + barHeight / 2
  const end = scale(f.value)
  const lit = highlight === f.id
  const label = formatQuantity(f, lang)
  const inside = textWidth(label, fontSize * 1.1) + 16 <= end - x0
  const open = f.qualifier === 'at_least' || f.qualifier === 'over'
  const arrowEnd = scale(100) - Math.max(6, (scale(100) - end) * 0.3)
  const braceY = barY + barHeight + 6

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
          <line x1={scale(t)} x2={scale(t)} y1={axisY} y2={axisY + 4} stroke={palette.subtle} />
          <text
            x={scale(t)}
            y={axisY + fontSize * 1.3}
            textAnchor={t === 0 ? 'start' : t === 100 ? 'end' : 'middle'}
            fontSize={fontSize * 0.92}
            fill={palette.subtle}
          >
            {pct(t, lang)}
          </text>
        </g>
      ))}
      <line x1={x0} x2={x1} y1={axisY} y2={axisY} stroke={palette.subtle} />
      <text x={x0} y={top + fontSize * 1.1} fontSize={fontSize} fill={palette.ink}>
        {barName(lang)}
      </text>
      <g data-mark="not-stated">
        <rect
          x={end}
          y={barY}
          width={Math.max(0, scale(100) - end)}
          height={barHeight}
          fill={palette.unknown}
          stroke={palette.muted}
          strokeDasharray="4 3"
        />
        <path
          d={`M${end},${braceY} v4 H${scale(100)} v-4`}
          fill="none"
          stroke={palette.muted}
          strokeWidth={1.5}
        />
        <text
          x={scale(100)}
          y={braceY + fontSize * 1.4}
          textAnchor="end"
          fontSize={fontSize * 0.92}
          fill={palette.subtle}
        >
          {notStated(lang)}
        </text>
      </g>
      <g data-figure={f.id} data-value={f.value} data-qualifier={f.qualifier}>
        <rect
          data-mark="bar"
          x={x0}
          y={barY}
          width={Math.max(0, end - x0)}
          height={barHeight}
          fill={palette.primary}
          stroke={lit ? palette.ink : 'none'}
          strokeWidth={lit ? 3 : 0}
        />
        {open ? (
          <g data-mark="open-end">
            <line
              x1={end}
              x2={arrowEnd - 2}
              y1={midY}
              y2={midY}
              stroke={palette.primary}
              strokeWidth={Math.max(2, barHeight * 0.1)}
              strokeDasharray="5 4"
            />
            <path
              d={`M${arrowEnd - 7},${midY - 6} L${arrowEnd},${midY} L${arrowEnd - 7},${midY + 6}`}
              fill="none"
              stroke={palette.primary}
              strokeWidth={2.5}
            />
          </g>
        ) : null}
        <text
          x={inside ? end - 10 : end + 6}
          y={midY}
          textAnchor={inside ? 'end' : 'start'}
          dominantBaseline="central"
          fontSize={fontSize * 1.1}
          fontWeight={lit ? 800 : 700}
          fill={inside ? palette.surface : palette.ink}
        >
          {label}
        </text>
      </g>
    </svg>
  )
}

const share = (rows: readonly Figure[], lang: Lang) => {
  const f = rows[0]
  return f ? formatQuantity(f, lang) : ''
}

/** Chart 5: at least 90 % of users pay through an official account or a mini-program. */
export const channels = defineChart<Figure>({
  id: 'channels',
  title: {
    zh: '通过公众号或小程序缴费的用户占比',
    en: 'Users paying through official accounts or mini-programs',
  },
  figureIds: ids,
  sentenceIds: ['channels-share'],
  rows: (report) => figureRows(report, ids),
  rowId: (f) => f.id,
  columns: figureColumns,
  Chart: ChannelsChart,
  aspect: 0.3,
  caption: (rows, lang) =>
    lang === 'zh'
      ? `在所有使用微信支付缴纳社保的用户中，通过微信公众号或小程序缴费的占${share(rows, lang)}。这是下限；其余用户怎样缴费，文中没有说明。`
      : `Of all users who paid social security with WeChat Pay, ${share(rows, lang)} paid through an official account or a mini-program. That is a lower bound; the article does not say how the others paid.`,
  describe: (rows, lang) => {
    const f = rows[0]
    if (!f) return ''
    return lang === 'zh'
      ? `在0至${pct(100, lang)}的横轴上，一个条形表示${figureLabel(f, lang)}：${formatQuantity(f, lang)}。条形画到${pct(f.value, lang)}，虚线箭头表示实际占比可能更高；${pct(f.value, lang)}至${pct(100, lang)}之间以浅灰虚线框标为“文中未说明”，不代表任何占比。`
      : `On an axis from 0 to ${pct(100, lang)}, one bar shows the ${figureLabel(f, lang).toLowerCase()}: ${formatQuantity(f, lang)}. The bar reaches ${pct(f.value, lang)} and a dashed arrow runs on, as the true share may be higher; the stretch from ${pct(f.value, lang)} to ${pct(100, lang)} is a pale dashed box marked "not stated", not a share of its own.`
  },
  headline: (rows, lang) => share(rows, lang),
  legend: (_rows, lang) => [
    {
      label:
        lang === 'zh' ? '文中所述下限（以上）' : 'Lower bound stated in the article (at least)',
      color: palette.primary,
    },
    {
      label:
        lang === 'zh' ? '虚线箭头：实际占比可能更高' : 'Dashed arrow: the true share may be higher',
      color: palette.primary,
      pattern: 'outline',
    },
    {
      label: lang === 'zh' ? '浅灰虚线框：文中未说明' : 'Pale dashed box: not stated',
      color: palette.unknown,
    },
  ],
})
