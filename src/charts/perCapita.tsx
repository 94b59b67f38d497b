import { lazy } from 'react'
import type { Figure } from '../data/schema'
import { formatNumber, formatQuantity, formatWithUnit, type NumberMode } from '../i18n/format'
import type { Lang } from '../i18n/lang'
import { figureColumns, figureLabel, figureRows } from './figureRows'
import { eachFigureTooltip } from './kit/FigureTooltip'
import { palette } from './kit/palette'
import { unitBlocks } from './kit/UnitBlocks'
import { defineChart } from './spec'

const ids = ['per-capita-amount'] as const

/** Yuan per block of the unit chart. */
export const block = 100

/** One block's size in words: 100元 / 100 yuan. */
export const blockLabel = (lang: Lang, mode?: NumberMode) =>
  formatWithUnit({ value: block, unit: 'yuan' }, lang, { mode })

/** What the amount is an average of. */
export const meaning = (lang: Lang) =>
  lang === 'zh'
    ? '每位缴费用户全年的平均缴费额，不是每笔缴费的金额'
    : 'per paying user over the whole year, not per payment'

const amount = (rows: readonly Figure[], lang: Lang, mode?: NumberMode) => {
  const f = rows[0]
  return f ? formatQuantity(f, lang, { mode }) : ''
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
  Chart: lazy(() => import('./PerCapitaChart').then((m) => ({ default: m.PerCapitaChart }))),
  aspect: 0.48,
  caption: (rows, lang, mode) =>
    lang === 'zh'
      ? `2021年用户人均缴费${amount(rows, lang, mode)}：这是${meaning(lang)}。`
      : `In 2021 users paid ${amount(rows, lang, mode)} each on average: ${meaning(lang)}.`,
  describe: (rows, lang, mode) => {
    const f = rows[0]
    if (!f) return ''
    const parts = unitBlocks(f.value, block)
    const whole = parts.filter((p) => p === block).length
    const partial = parts.length > whole
    return lang === 'zh'
      ? `单位图：${figureLabel(f, lang)}为${formatQuantity(f, lang, { mode })}，${meaning(lang)}。每个方块代表${blockLabel(lang, mode)}，画出${formatNumber(whole, lang, { mode })}个整块${partial ? '和另一块的一部分' : ''}，下方刻度以元为单位，竖线标出文中所述金额。`
      : `Unit chart: ${figureLabel(f, lang).toLowerCase()}, ${formatQuantity(f, lang, { mode })}, ${meaning(lang)}. Each block stands for ${blockLabel(lang, mode)}: ${formatNumber(whole, lang, { mode })} whole blocks${partial ? ' and part of one more' : ''}, over an axis in yuan, with a line at the amount the article states.`
  },
  headline: (rows, lang, mode) => amount(rows, lang, mode),
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
  tooltip: eachFigureTooltip(),
})
