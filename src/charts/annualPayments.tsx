import { lazy } from 'react'
import type { Figure } from '../data/schema'
import { formatQuantity } from '../i18n/format'
import type { Lang } from '../i18n/lang'
import { figureColumns, figureLabel, figureRows } from './figureRows'
import { eachFigureTooltip } from './kit/FigureTooltip'
import { palette } from './kit/palette'
import { defineChart } from './spec'

const ids = ['payments-2021', 'payments-growth'] as const

const names: Record<string, Record<Lang, string>> = {
  'payments-2021': { zh: '缴费笔数', en: 'Payments' },
  'payments-growth': { zh: '同比增长', en: 'Growth on 2020' },
}

/** A bar's name: what it counts. */
export const paymentsName = (f: Figure, lang: Lang) => names[f.id]?.[lang] ?? figureLabel(f, lang)

/** Chart 1: more than 750 million payments in 2021, more than 30 % up on 2020. */
export const annualPayments = defineChart<Figure>({
  id: 'annual-payments',
  title: { zh: '2021年缴费笔数与同比增长', en: 'Payments in 2021 and growth on 2020' },
  figureIds: ids,
  sentenceIds: ['payments-2021'],
  rows: (report) => figureRows(report, ids),
  rowId: (f) => f.id,
  columns: figureColumns,
  Chart: lazy(() =>
    import('./AnnualPaymentsChart').then((m) => ({ default: m.AnnualPaymentsChart })),
  ),
  aspect: 0.5,
  caption: ([payments, growth], lang, mode) =>
    payments && growth
      ? lang === 'zh'
        ? `2021年通过微信支付缴纳社保${formatQuantity(payments, lang, { mode })}，同比增长${formatQuantity(growth, lang, { mode, over: '逾' })}。两者都是下限。`
        : `In 2021 ${formatQuantity(payments, lang, { mode })} were made with WeChat Pay, up ${formatQuantity(growth, lang, { mode })} on 2020. Both are lower bounds.`
      : '',
  describe: (rows, lang, mode) =>
    rows
      .map((f) =>
        lang === 'zh'
          ? `${figureLabel(f, lang)}：${formatQuantity(f, lang, { mode })}（下限，条形末端的虚线箭头表示实际数值更高）。`
          : `${figureLabel(f, lang)}: ${formatQuantity(f, lang, { mode })} (a lower bound; the dashed arrow past the bar means the true value is higher).`,
      )
      .join(' '),
  headline: ([payments], lang, mode) => (payments ? formatQuantity(payments, lang, { mode }) : ''),
  legend: (_rows, lang) => [
    {
      label: lang === 'zh' ? '文中所述下限' : 'Lower bound stated in the article',
      color: palette.primary,
    },
    {
      label: lang === 'zh' ? '虚线箭头：实际值更高' : 'Dashed arrow: the true value is higher',
      color: palette.primary,
      pattern: 'outline',
    },
  ],
  tooltip: eachFigureTooltip(paymentsName),
})
