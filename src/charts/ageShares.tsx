import { useState } from 'react'
import type { Figure } from '../data/schema'
import { formatQuantity, formatWithUnit } from '../i18n/format'
import type { Lang } from '../i18n/lang'
import { figureColumns, figureLabel, figureRows } from './figureRows'
import { HatchPattern } from './kit/patterns'
import { fontFamily, palette } from './kit/palette'
import { type ChartProps, defineChart } from './spec'

/** The bars, in the article's order, each with the rank the article gives it. */
const cohorts = [
  { share: 'age-80s-share', rank: 'age-80s-rank', name: { zh: '80后', en: 'Born in the 1980s' } },
  { share: 'age-70s-share', rank: 'age-70s-rank', name: { zh: '70后', en: 'Born in the 1970s' } },
  { share: 'age-90s-share', rank: 'age-90s-rank', name: { zh: '90后', en: 'Born in the 1990s' } },
  { share: 'age-other-share', rank: null, name: { zh: '其他年龄段', en: 'All other cohorts' } },
] as const

const leadId = 'age-70s-lead'
const ids = [
  'age-80s-share',
  'age-80s-rank',
  'age-70s-share',
  'age-70s-rank',
  leadId,
  'age-90s-share',
  'age-90s-rank',
  'age-other-share',
] as const

/** The share axis: 0 to 40 %, room past the largest bar (32 %) for its label. */
const domainMax = 40
const ticks = [0, 10, 20, 30, 40]

const find = (rows: readonly Figure[], id: string | null) =>
  id ? rows.find((f) => f.id === id) : undefined

const pct = (value: number, lang: Lang) => formatWithUnit({ value, unit: 'percent' }, lang)

/**
 * How a derived share is computed, in the reader's language. English shows the figure's own
 * note; Chinese spells the same arithmetic out from the rows, so both show the data's numbers.
 */
export function ageFormula(f: Figure, rows: readonly Figure[], lang: Lang): string {
  if (!f.derived) return ''
  if (lang === 'en') return f.note
  const s = (id: string) => find(rows, id)
  const s70 = s('age-70s-share')
  const lead = s(leadId)
  if (f.id === 'age-90s-share' && s70 && lead)
    return `推算：70后占比 − 领先幅度 = ${pct(s70.value, lang)} − ${formatWithUnit(lead, lang)} = ${pct(f.value, lang)}。`
  const stated = cohorts
    .filter((c) => c.share !== f.id)
    .map((c) => s(c.share))
    .filter((x) => x !== undefined)
  return `推算：${pct(100, lang)} − ${stated.map((x) => pct(x.value, lang)).join(' − ')} = ${pct(f.value, lang)}。文章未说明这部分如何构成。`
}

const derivedWord = (lang: Lang) => (lang === 'zh' ? '（推算）' : ' (derived)')

/** Rough text width for layout: CJK glyphs are one em, Latin about six tenths. */
const textWidth = (text: string, fontSize: number) =>
  [...text].reduce((w, ch) => w + (/[\u2e80-\uffff]/.test(ch) ? fontSize : fontSize * 0.6), 0)

/**
 * Chart 3: the shares of paying users by birth decade, in the article's order with its ranks.
 * 90后 (26 − 2) and the remainder are derived: hatched, labelled, their formula in the tooltip.
 * A bracket between the 70后 and 90后 bars spans the 2-point lead.
 */
function AgeSharesChart({ rows, size, lang, surface, highlight }: ChartProps<Figure>) {
  const [hover, setHover] = useState<string | null>(null)
  const fontSize = surface === 'slide' ? 22 : 13
  const axisHeight = fontSize * 2
  const x0 = 6
  // Never narrower than nothing: a card can be measured at a few pixels while it lays out.
  const x1 = Math.max(x0, size.width - fontSize)
  const scale = (v: number) => x0 + (v / domainMax) * (x1 - x0)
  const header = fontSize * 1.5
  const leadBand = fontSize * 1.6
  const axisY = size.height - axisHeight
  const band = (axisY - 4 - leadBand) / cohorts.length
  const barHeight = Math.max(8, Math.min(band - header - fontSize * 0.5, fontSize * 2.6))
  // The lead band sits between the 70后 bar and the 90后 header.
  const rowTop = (i: number) => 4 + i * band + (i >= 2 ? leadBand : 0)
  const barY = (i: number) => rowTop(i) + header

  const lead = find(rows, leadId)
  const s70 = find(rows, 'age-70s-share')
  const s90 = find(rows, 'age-90s-share')
  const tip = find(rows, hover)
  const tipIndex = cohorts.findIndex((c) => c.share === hover)

  return (
    <div style={{ position: 'relative', width: size.width, height: size.height }}>
      <svg
        width={size.width}
        height={size.height}
        viewBox={`0 0 ${size.width} ${size.height}`}
        style={{ fontFamily }}
        aria-hidden="true"
      >
        <defs>
          <HatchPattern id="hatch-age-stated" color={palette.primary} />
          <HatchPattern id="hatch-age-other" color={palette.muted} />
        </defs>
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
              {pct(t, lang)}
            </text>
          </g>
        ))}
        <line x1={x0} x2={x1} y1={axisY} y2={axisY} stroke={palette.subtle} />
        {cohorts.map((c, i) => {
          const f = find(rows, c.share)
          if (!f) return null
          const rank = find(rows, c.rank)
          const y = barY(i)
          const end = scale(f.value)
          const color = c.rank ? palette.primary : palette.muted
          const lit = highlight === f.id
          const label = formatQuantity(f, lang)
          return (
            // biome-ignore lint/a11y/noStaticElementInteractions: a hover tooltip for pointer users; the card's text description carries the same for everyone
            <g
              key={f.id}
              data-figure={f.id}
              data-value={f.value}
              data-derived={f.derived}
              onMouseEnter={() => setHover(f.id)}
              onMouseLeave={() => setHover(null)}
            >
              <text x={x0} y={rowTop(i) + fontSize} fontSize={fontSize} fill={palette.ink}>
                <tspan fontWeight={600}>{c.name[lang]}</tspan>
                {rank ? (
                  <tspan
                    data-figure={rank.id}
                    fill={highlight === rank.id ? palette.ink : palette.subtle}
                    fontWeight={highlight === rank.id ? 800 : 400}
                    textDecoration={highlight === rank.id ? 'underline' : undefined}
                  >
                    {lang === 'zh' ? ' · ' : ' · ranked '}
                    {formatQuantity(rank, lang)}
                  </tspan>
                ) : null}
              </text>
              <rect
                data-mark="bar"
                x={x0}
                y={y}
                width={Math.max(end - x0, 1)}
                height={barHeight}
                fill={
                  f.derived ? `url(#${c.rank ? 'hatch-age-stated' : 'hatch-age-other'})` : color
                }
                stroke={lit ? palette.ink : color}
                strokeWidth={lit ? 3 : f.derived ? 1.5 : 0}
              />
              <text
                x={end + 8}
                y={y + barHeight / 2}
                dominantBaseline="central"
                fontSize={fontSize}
                fontWeight={lit ? 800 : 600}
                fill={palette.ink}
              >
                {label}
                {f.derived ? (
                  <tspan data-mark="derived" fill={palette.subtle} fontWeight={400}>
                    {derivedWord(lang)}
                  </tspan>
                ) : null}
              </text>
              <rect
                x={0}
                y={rowTop(i)}
                width={size.width}
                height={header + barHeight}
                fill="none"
                pointerEvents="all"
              />
            </g>
          )
        })}
        {lead && s70 && s90 ? (
          <LeadBracket
            lead={lead}
            from={scale(s90.value)}
            to={scale(s70.value)}
            top={barY(1) + barHeight}
            y={rowTop(2) - leadBand / 2}
            bottom={barY(2)}
            right={size.width}
            fontSize={fontSize}
            lang={lang}
            lit={highlight === lead.id}
          />
        ) : null}
      </svg>
      {tip ? (
        <div
          className="chart-tooltip"
          role="status"
          style={{
            position: 'absolute',
            left: Math.min(scale(tip.value) + 12, Math.max(0, size.width - 260)),
            top: Math.min(barY(tipIndex) + barHeight + 4, Math.max(0, size.height - 110)),
            pointerEvents: 'none',
          }}
        >
          <strong>{figureLabel(tip, lang)}</strong>
          <div>
            {formatQuantity(tip, lang)}
            {tip.derived ? derivedWord(lang) : null}
          </div>
          {tip.derived ? (
            <div className="chart-tooltip-note">{ageFormula(tip, rows, lang)}</div>
          ) : null}
        </div>
      ) : null}
    </div>
  )
}

type LeadBracketProps = {
  lead: Figure
  from: number
  to: number
  top: number
  y: number
  bottom: number
  right: number
  fontSize: number
  lang: Lang
  lit: boolean
}

/** The 2-point lead: a bracket from the 90后 share to the 70后 share, on the shared axis. */
function LeadBracket({
  lead,
  from,
  to,
  top,
  y,
  bottom,
  right,
  fontSize,
  lang,
  lit,
}: LeadBracketProps) {
  const size = fontSize * 0.92
  const full =
    lang === 'zh'
      ? `70后领先${formatQuantity(lead, lang)}`
      : `1970s lead by ${formatQuantity(lead, lang)}`
  // Right of the bracket, else left of it; on narrow charts the amount alone.
  const places = [full, formatQuantity(lead, lang)].flatMap((text) => [
    {
      text,
      anchor: 'start' as const,
      x: to + 8,
      fits: to + 8 + textWidth(text, size) <= right - 2,
    },
    { text, anchor: 'end' as const, x: from - 8, fits: from - 8 - textWidth(text, size) >= 2 },
  ])
  const place = places.find((p) => p.fits) ?? places[places.length - 1]
  const stroke = lit ? 3 : 1.5
  return (
    <g data-figure={lead.id} data-value={lead.value}>
      <line x1={to} x2={to} y1={top} y2={bottom} stroke={palette.ink} strokeDasharray="3 3" />
      <line x1={from} x2={from} y1={y} y2={bottom} stroke={palette.ink} strokeDasharray="3 3" />
      <path
        data-mark="lead"
        d={`M${from},${y - 4} V${y} H${to} V${y - 4}`}
        fill="none"
        stroke={palette.ink}
        strokeWidth={stroke}
      />
      <text
        x={place?.x}
        y={y}
        textAnchor={place?.anchor}
        dominantBaseline="central"
        fontSize={size}
        fontWeight={lit ? 800 : 600}
        fill={palette.ink}
      >
        {place?.text}
      </text>
    </g>
  )
}

const byId = (rows: readonly Figure[], id: string, lang: Lang) => {
  const f = find(rows, id)
  return f ? formatQuantity(f, lang) : ''
}

/** Chart 3: 80后 32 % first, 70后 26 % second, 2 points ahead of 90后 (24 %, derived) third. */
export const ageShares = defineChart<Figure>({
  id: 'age-shares',
  title: { zh: '缴费用户的年龄构成', en: 'Paying users by birth decade' },
  figureIds: ids,
  sentenceIds: ['age-80s', 'age-70s-90s'],
  rows: (report) => figureRows(report, ids),
  rowId: (f) => f.id,
  columns: figureColumns,
  Chart: AgeSharesChart,
  aspect: 0.62,
  caption: (rows, lang) =>
    lang === 'zh'
      ? `使用微信支付缴纳社保的用户中，80后占${byId(rows, 'age-80s-share', lang)}，位居第一；其次是70后，占${byId(rows, 'age-70s-share', lang)}，领先第三位的90后${byId(rows, leadId, lang)}，由此推算90后占${byId(rows, 'age-90s-share', lang)}。`
      : `Of the users who paid social security with WeChat Pay, ${byId(rows, 'age-80s-share', lang)} were born in the 1980s, the largest group; next come the 1970s-born with ${byId(rows, 'age-70s-share', lang)}, ${byId(rows, leadId, lang)} ahead of the 1990s-born in third place, who are therefore ${byId(rows, 'age-90s-share', lang)} (derived).`,
  describe: (rows, lang) => {
    const bars = cohorts.flatMap((c) => {
      const f = find(rows, c.share)
      if (!f) return []
      const rank = find(rows, c.rank)
      const value = formatQuantity(f, lang)
      const formula = f.derived ? ageFormula(f, rows, lang) : ''
      const ranked = rank ? formatQuantity(rank, lang) : ''
      return lang === 'zh'
        ? [
            `${c.name.zh}：${value}${ranked ? `，排名${ranked}` : ''}。${f.derived ? `斜线填充，${formula}` : ''}`,
          ]
        : [
            `${c.name.en}: ${value}${ranked ? `, ranked ${ranked}` : ''}.${f.derived ? ` Hatched. ${formula}` : ''}`,
          ]
    })
    const intro =
      lang === 'zh'
        ? `条形图，${cohorts.length}个条形按文中顺序排列，横轴为占全部缴费用户的比例（0至${pct(domainMax, lang)}）。`
        : `Bar chart of ${cohorts.length} bars in the article's order, on an axis of the share of all paying users (0 to ${pct(domainMax, lang)}).`
    const lead =
      lang === 'zh'
        ? `70后与90后的条形之间有一个括号，标出70后领先${byId(rows, leadId, lang)}。`
        : `A bracket between the 1970s and 1990s bars marks the lead of ${byId(rows, leadId, lang)}.`
    return [intro, ...bars, lead].join(lang === 'zh' ? '' : ' ')
  },
  headline: (rows, lang) =>
    lang === 'zh'
      ? `80后占${byId(rows, 'age-80s-share', lang)}`
      : `1980s-born: ${byId(rows, 'age-80s-share', lang)}`,
  legend: (_rows, lang) => [
    {
      label: lang === 'zh' ? '文中所述占比' : 'Share stated in the article',
      color: palette.primary,
    },
    {
      label:
        lang === 'zh'
          ? '斜线：推算值（由文中数字计算）'
          : 'Hatched: derived from the article’s figures',
      color: palette.primary,
      pattern: 'hatch',
    },
    {
      label:
        lang === 'zh'
          ? '其他年龄段：余下部分，构成未说明'
          : 'Other cohorts: the remainder, not broken down',
      color: palette.muted,
      pattern: 'hatch',
    },
  ],
})
