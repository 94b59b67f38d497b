import type { Figure } from '../data/schema'
import { formatNumber, formatQuantity, formatWithUnit } from '../i18n/format'
import type { Lang } from '../i18n/lang'
import { figureColumns, figureLabel, figureRows } from './figureRows'
import { fontFamily, palette } from './kit/palette'
import { type ChartProps, defineChart } from './spec'

const ids = ['per-capita-amount'] as const

/** Yuan per block of the unit chart. */
const block = 100

const blockLabel = (lang: Lang) => formatWithUnit({ value: block, unit: 'yuan' }, lang)

const meaning = (lang: Lang) =>
  lang === 'zh'
    ? '每位缴费用户全年的平均缴费额，不是每笔缴费的金额'
    : 'per paying user over the whole year, not per payment'

/** Rough text width for layout: CJK glyphs are one em, Latin about six tenths. */
const textWidth = (text: string, fontSize: number) =>
  [...text].reduce((w, ch) => w + (/[\u2e80-\uffff]/.test(ch) ? fontSize : fontSize * 0.6), 0)

/** Greedy line breaks by estimated width: at spaces in English, between characters in Chinese. */
function wrap(text: string, fontSize: number, width: number, lang: Lang): string[] {
  const tokens = lang === 'zh' ? [...text] : text.split(' ').map((w, i) => (i ? ` ${w}` : w))
  const lines: string[] = []
  let line = ''
  for (const token of tokens) {
    if (line && textWidth(line + token, fontSize) > width) {
      lines.push(line)
      line = token.trimStart()
    } else line += token
  }
  return line ? [...lines, line] : lines
}

/** The whole blocks and the part of one more that make up an amount, left to right. */
function blocks(value: number): number[] {
  const whole = Math.floor(value / block)
  const rest = value - whole * block
  return [...Array.from({ length: whole }, () => block), ...(rest > 0 ? [rest] : [])]
}

/**
 * Chart 2: 523 yuan as a unit chart of 100-yuan blocks, five whole and part of a sixth, on a
 * yuan axis, under the amount in large type and what it is an average of.
 */
function PerCapitaChart({ rows, size, lang, surface, highlight }: ChartProps<Figure>) {
  const f = rows[0]
  if (!f) return <svg width={size.width} height={size.height} aria-hidden="true" />
  const fontSize = surface === 'slide' ? 22 : 13
  // A slide shows the amount as its headline already: there the chart leaves it out.
  const showAmount = surface !== 'slide'
  const big = showAmount ? Math.min(fontSize * 3.4, size.height * 0.22, size.width * 0.09) : 0
  const lit = highlight === f.id
  const parts = blocks(f.value)
  const x0 = 6
  const axisHeight = fontSize * 2
  const amountText = formatQuantity(f, lang)
  const note = meaning(lang)
  const noteSize = fontSize * 0.92
  // Bold large type runs wider than the estimate.
  const noteX = showAmount ? x0 + textWidth(amountText, big) * 1.15 + fontSize : x0
  // The note sits beside the number when there is room, else wraps on lines under it.
  const noteBeside = showAmount && noteX + textWidth(note, noteSize) <= size.width - x0
  const noteLines = noteBeside ? [note] : wrap(note, noteSize, size.width - 2 * x0, lang)
  const noteHeight = noteBeside ? 0 : noteLines.length * noteSize * 1.3
  const head = big * 1.2 + noteHeight + fontSize * 0.6
  // Blocks as wide as the chart allows, a little less tall than wide, the whole centred.
  const unit = Math.max(0, (size.width - x0 - fontSize * 3) / Math.ceil(f.value / block))
  const available = Math.max(0, size.height - head - axisHeight - 4)
  const blockHeight = Math.max(12, Math.min(available, unit * 0.9))
  const top = Math.max(0, (size.height - head - blockHeight - 4 - axisHeight) / 2)
  const blockY = top + head
  const axisY = blockY + blockHeight + 4
  const scale = (v: number) => x0 + (v / block) * unit
  const ticks = Array.from({ length: Math.floor(f.value / block) + 1 }, (_, i) => i * block)
  const inside = unit >= textWidth(blockLabel(lang), fontSize * 0.85) + 8

  return (
    <svg
      width={size.width}
      height={size.height}
      viewBox={`0 0 ${size.width} ${size.height}`}
      style={{ fontFamily }}
      aria-hidden="true"
    >
      <g data-figure={f.id} data-value={f.value} data-qualifier={f.qualifier}>
        {showAmount ? (
          <text
            x={x0}
            y={top + big}
            fontSize={big}
            fontWeight={700}
            fill={palette.ink}
            textDecoration={lit ? 'underline' : undefined}
          >
            {amountText}
          </text>
        ) : null}
        <text x={x0} y={top + big * 1.2} fontSize={noteSize} fill={palette.subtle}>
          {noteLines.map((line, i) => (
            <tspan
              // biome-ignore lint/suspicious/noArrayIndexKey: lines of one text, in order
              key={i}
              x={noteBeside ? noteX : x0}
              y={noteBeside ? top + big * 0.8 : top + big * 1.2 + (i + 0.8) * noteSize * 1.3}
            >
              {line}
            </tspan>
          ))}
        </text>
        {parts.map((amount, i) => {
          const x = scale(i * block)
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: the blocks are positions along the axis
            <g key={i} data-mark={amount === block ? 'block' : 'part-block'} data-yuan={amount}>
              {amount < block ? (
                // The outline of the block the part belongs to, so the part reads as a fraction.
                <rect
                  x={x}
                  y={blockY}
                  width={unit}
                  height={blockHeight}
                  fill="none"
                  stroke={palette.grid}
                  strokeDasharray="3 3"
                />
              ) : null}
              <rect
                data-mark="amount"
                x={x}
                y={blockY}
                width={(amount / block) * unit}
                height={blockHeight}
                fill={palette.primary}
                stroke={lit ? palette.ink : palette.surface}
                strokeWidth={lit ? 3 : 2}
              />
              {amount === block && inside ? (
                <text
                  x={x + unit / 2}
                  y={blockY + blockHeight / 2}
                  textAnchor="middle"
                  dominantBaseline="central"
                  fontSize={fontSize * 0.85}
                  fill={palette.surface}
                >
                  {blockLabel(lang)}
                </text>
              ) : null}
            </g>
          )
        })}
      </g>
      <line
        x1={x0}
        x2={scale(Math.ceil(f.value / block) * block)}
        y1={axisY}
        y2={axisY}
        stroke={palette.subtle}
      />
      {ticks.map((t) => (
        <g key={t}>
          <line x1={scale(t)} x2={scale(t)} y1={axisY} y2={axisY + 4} stroke={palette.subtle} />
          <text
            x={scale(t)}
            y={axisY + fontSize * 1.3}
            textAnchor={t === 0 ? 'start' : 'middle'}
            fontSize={fontSize * 0.92}
            fill={palette.subtle}
          >
            {formatNumber(t, lang)}
          </text>
        </g>
      ))}
      <line
        x1={scale(f.value)}
        x2={scale(f.value)}
        y1={blockY - 4}
        y2={axisY + 4}
        stroke={palette.ink}
        strokeWidth={2}
      />
      <text
        x={scale(f.value) + 4}
        y={axisY + fontSize * 1.3}
        fontSize={fontSize * 0.92}
        fontWeight={600}
        fill={palette.ink}
      >
        {formatQuantity(f, lang)}
      </text>
    </svg>
  )
}

const amount = (rows: readonly Figure[], lang: Lang) => {
  const f = rows[0]
  return f ? formatQuantity(f, lang) : ''
}

/** Chart 2: 523 yuan per paying user in 2021. */
export const perCapita = defineChart<Figure>({
  id: 'per-capita',
  title: { zh: '2021年用户人均缴费', en: 'Average paid per user in 2021' },
  figureIds: ids,
  sentenceIds: ['payments-2021'],
  rows: (report) => figureRows(report, ids),
  rowId: (f) => f.id,
  columns: figureColumns,
  Chart: PerCapitaChart,
  aspect: 0.4,
  caption: (rows, lang) =>
    lang === 'zh'
      ? `2021年用户人均缴费${amount(rows, lang)}：这是${meaning(lang)}。`
      : `In 2021 users paid ${amount(rows, lang)} each on average: ${meaning(lang)}.`,
  describe: (rows, lang) => {
    const f = rows[0]
    if (!f) return ''
    const parts = blocks(f.value)
    const whole = parts.filter((p) => p === block).length
    const partial = parts.length > whole
    return lang === 'zh'
      ? `单位图：${figureLabel(f, lang)}为${formatQuantity(f, lang)}，${meaning(lang)}。每个方块代表${blockLabel(lang)}，画出${formatNumber(whole, lang)}个整块${partial ? '和另一块的一部分' : ''}，下方刻度以元为单位。`
      : `Unit chart: ${figureLabel(f, lang).toLowerCase()}, ${formatQuantity(f, lang)}, ${meaning(lang)}. Each block stands for ${blockLabel(lang)}: ${formatNumber(whole, lang)} whole blocks${partial ? ' and part of one more' : ''}, over an axis in yuan.`
  },
  headline: (rows, lang) => amount(rows, lang),
  legend: (_rows, lang) => [
    {
      label: lang === 'zh' ? `每块 = ${blockLabel(lang)}` : `Each block = ${blockLabel(lang)}`,
      color: palette.primary,
    },
    {
      label: lang === 'zh' ? '竖线：文中所述金额' : 'Line: the amount the article states',
      color: palette.ink,
    },
  ],
})
