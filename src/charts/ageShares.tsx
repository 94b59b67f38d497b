import { lazy } from 'react'
import type { Figure } from '../data/schema'
import { formatQuantity, type NumberMode } from '../i18n/format'
import type { Lang } from '../i18n/lang'
import { figureColumns, figureLabel, figureRows } from './figureRows'
import { tickFormatter } from './kit/axis'
import { explainDerived } from './kit/derived'
import { eachFigureTooltip } from './kit/FigureTooltip'
import { palette } from './kit/palette'
import { valueAxis } from './kit/scale'
import { defineChart } from './spec'

/** The bars, in the article's order, each with the rank the article gives it. */
export const cohorts = [
  { share: 'age-80s-share', rank: 'age-80s-rank', name: { zh: '80后', en: 'Born in the 1980s' } },
  { share: 'age-70s-share', rank: 'age-70s-rank', name: { zh: '70后', en: 'Born in the 1970s' } },
  { share: 'age-90s-share', rank: 'age-90s-rank', name: { zh: '90后', en: 'Born in the 1990s' } },
  { share: 'age-other-share', rank: null, name: { zh: '其他年龄段', en: 'All other cohorts' } },
] as const

/** The 70后's lead over the 90后, drawn as a bracket between their bars. */
export const leadId = 'age-70s-lead'
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

/** A row by id (none for a missing id or a cohort without a rank). */
export const find = (rows: readonly Figure[], id: string | null) =>
  id ? rows.find((f) => f.id === id) : undefined

const byId = (rows: readonly Figure[], id: string, lang: Lang, mode?: NumberMode) => {
  const f = find(rows, id)
  return f ? formatQuantity(f, lang, { mode }) : ''
}

/**
 * The end of the share axis as the chart draws it: the nice step above the largest share (the
 * axis has fewer ticks on a phone, but ends there at every card width).
 */
const axisEnd = (rows: readonly Figure[]) =>
  valueAxis({
    max: Math.max(0, ...cohorts.map((c) => find(rows, c.share)?.value ?? 0)),
    length: Number.POSITIVE_INFINITY,
    labelWidth: () => 0,
  }).domain[1]

/** Chart 3: 80后 32 % first, 70后 26 % second, 2 points ahead of 90后 (24 %, derived) third. */
export const ageShares = defineChart<Figure>({
  id: 'age-shares',
  title: { zh: '缴费用户的年龄构成', en: 'Paying users by birth decade' },
  figureIds: ids,
  sentenceIds: ['age-80s', 'age-70s-90s'],
  rows: (report) => figureRows(report, ids),
  rowId: (f) => f.id,
  columns: figureColumns,
  Chart: lazy(() => import('./AgeSharesChart').then((m) => ({ default: m.AgeSharesChart }))),
  aspect: 0.7,
  caption: (rows, lang, mode) =>
    lang === 'zh'
      ? `使用微信支付缴纳社保的用户中，80后占${byId(rows, 'age-80s-share', lang, mode)}，位居第一；其次是70后，占${byId(rows, 'age-70s-share', lang, mode)}，领先第三位的90后${byId(rows, leadId, lang, mode)}，由此推算90后占${byId(rows, 'age-90s-share', lang, mode)}。`
      : `Of the users who paid social security with WeChat Pay, ${byId(rows, 'age-80s-share', lang, mode)} were born in the 1980s, the largest group; next come the 1970s-born with ${byId(rows, 'age-70s-share', lang, mode)}, ${byId(rows, leadId, lang, mode)} ahead of the 1990s-born in third place, who are therefore ${byId(rows, 'age-90s-share', lang, mode)} (derived).`,
  describe: (rows, lang, mode) => {
    const bars = cohorts.flatMap((c) => {
      const f = find(rows, c.share)
      if (!f) return []
      const rank = find(rows, c.rank)
      const value = formatQuantity(f, lang, { mode })
      const formula = f.derived
        ? `${explainDerived(f, rows, lang)}${lang === 'zh' ? '。' : '.'}`
        : ''
      const ranked = rank ? formatQuantity(rank, lang, { mode }) : ''
      return lang === 'zh'
        ? [
            `${c.name.zh}：${value}${ranked ? `，排名${ranked}` : ''}。${f.derived ? `斜线填充，${formula}` : ''}`,
          ]
        : [
            `${c.name.en}: ${value}${ranked ? `, ranked ${ranked}` : ''}.${f.derived ? ` Hatched. ${formula}` : ''}`,
          ]
    })
    const end = tickFormatter('percent', lang, mode ?? 'compact')(axisEnd(rows))
    const intro =
      lang === 'zh'
        ? `条形图，${cohorts.length}个条形按文中顺序排列，横轴为占全部缴费用户的比例（0至${end}）。`
        : `Bar chart of ${cohorts.length} bars in the article's order, on an axis of the share of all paying users (0 to ${end}).`
    const lead =
      lang === 'zh'
        ? `70后与90后的条形之间有一个括号，标出70后领先${byId(rows, leadId, lang, mode)}。`
        : `A bracket between the 1970s and 1990s bars marks the lead of ${byId(rows, leadId, lang, mode)}.`
    return [intro, ...bars, lead].join(lang === 'zh' ? '' : ' ')
  },
  headline: (rows, lang, mode) =>
    lang === 'zh'
      ? `80后占${byId(rows, 'age-80s-share', lang, mode)}`
      : `1980s-born: ${byId(rows, 'age-80s-share', lang, mode)}`,
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
  tooltip: eachFigureTooltip(
    (f, lang) => cohorts.find((c) => c.share === f.id)?.name[lang] ?? figureLabel(f, lang),
  ),
})
