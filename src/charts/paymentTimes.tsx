import { lazy } from 'react'
import type { Figure } from '../data/schema'
import { formatNumber, formatQuantity, formatWithUnit, type NumberMode } from '../i18n/format'
import type { Lang } from '../i18n/lang'
import { messages } from '../i18n/messages'
import { figureColumns, figureLabel, figureRows } from './figureRows'
import { FigureTooltip } from './kit/FigureTooltip'
import { palette } from './kit/palette'
import { formatHourRange, paymentTimesIds as ids, paymentTimesFigures } from './paymentTimesRows'
import { defineChart } from './spec'

/** 100%: the whole the two shares split. */
const whole = (lang: Lang, mode?: NumberMode) =>
  formatWithUnit({ value: 100, unit: 'percent' }, lang, { mode })

/** Chart 7: when people pay: outside working hours, the busiest hour, its load in service halls. */
export const paymentTimes = defineChart<Figure>({
  id: 'payment-times',
  title: { zh: '缴费高峰期：用户何时缴费', en: 'When people pay in the peak season' },
  figureIds: ids,
  sentenceIds: ['off-hours', 'peak-hour'],
  rows: (report) => figureRows(report, ids),
  rowId: (f) => f.id,
  columns: figureColumns,
  Chart: lazy(() => import('./PaymentTimesChart').then((m) => ({ default: m.PaymentTimesChart }))),
  aspect: 1.2,
  caption: (rows, lang, mode) => {
    const f = paymentTimesFigures(rows)
    if (!f) return ''
    const hours = formatHourRange(f.start, f.end, lang, { mode })
    return lang === 'zh'
      ? `社保缴纳高峰期间，${formatQuantity(f.offHours, lang, { mode })}的用户在非上班时间缴费；${hours}是用户选择最多的时段，每天平均${formatQuantity(f.payments, lang, { mode })}，相当于${formatQuantity(f.halls, lang, { mode })}一天的办件量。`
      : `In the peak season ${formatQuantity(f.offHours, lang, { mode })} of users paid outside working hours; ${hours} was the busiest hour, with ${formatQuantity(f.payments, lang, { mode })} a day, as many as ${formatQuantity(f.halls, lang, { mode })} handle in a day.`
  },
  describe: (rows, lang, mode) => {
    const f = paymentTimesFigures(rows)
    if (!f) return ''
    const hours = formatHourRange(f.start, f.end, lang, { mode })
    const derived = messages[lang].derivedMark
    return lang === 'zh'
      ? [
          `上图：一条代表高峰期全部缴费用户的横条，${formatQuantity(f.offHours, lang, { mode })}在非上班时间缴费（实心），其余${formatQuantity(f.workingHours, lang, { mode })}${derived}在上班时间（斜线填充，由${whole(lang, mode)} − ${formatQuantity(f.offHours, lang, { mode })}算出，文中未直接给出）。`,
          `中图：0点到24点的时间轴，只标出文中所说的${hours}，每天平均${formatQuantity(f.payments, lang, { mode })}（约数）；其他时段的缴费情况文中未说明，以灰色表示，没有画出任何数值。`,
          `下图：${formatNumber(f.halls.value, lang, { mode })}个小方块，每个代表一个办事大厅一天的办件量，合起来相当于该时段每天的缴费量。`,
        ].join('')
      : [
          `Top: one bar for all users paying in the peak season: ${formatQuantity(f.offHours, lang, { mode })} paid outside working hours (solid); the other ${formatQuantity(f.workingHours, lang, { mode })}${derived} paid in working hours (hatched: ${whole(lang, mode)} − ${formatQuantity(f.offHours, lang, { mode })}, not stated directly in the article).`,
          ` Middle: a 24-hour axis from 00:00 to 24:00 that marks only the hour the article names, ${hours}, with ${formatQuantity(f.payments, lang, { mode })} a day (approximate); the article does not say how many pay at other hours, so they are grey and carry no values.`,
          ` Bottom: ${formatNumber(f.halls.value, lang, { mode })} small squares, each one service hall's daily workload; together they equal the payments of that hour in a day.`,
        ].join('')
  },
  headline: (rows, lang, mode) => {
    const f = paymentTimesFigures(rows)
    return f ? formatQuantity(f.offHours, lang, { mode }) : ''
  },
  legend: (_rows, lang) => [
    {
      label: lang === 'zh' ? '非上班时间缴费（文中数字）' : 'Paid outside working hours (stated)',
      color: palette.primary,
    },
    {
      label:
        lang === 'zh'
          ? `上班时间缴费（推算：${whole(lang)}减去非上班时间）`
          : `Paid in working hours (derived: ${whole(lang)} minus outside working hours)`,
      color: palette.muted,
      pattern: 'hatch',
    },
    {
      label: lang === 'zh' ? '用户选择最多的时段' : 'Busiest hour',
      color: palette.secondary,
    },
    {
      label: lang === 'zh' ? '其他时段：文中未说明' : 'Other hours: not stated in the article',
      color: palette.muted,
      pattern: 'outline',
    },
    {
      label:
        lang === 'zh'
          ? '每个方块 = 一个办事大厅一天的办件量'
          : "Each square = one service hall's daily workload",
      color: palette.tertiary,
    },
  ],
  tooltip: (rows, figure, options) => {
    const f = paymentTimesFigures(rows)
    if (!f) return null
    // The two shares are one 100 % bar: each part's tooltip shows both.
    if (figure === f.offHours.id || figure === f.workingHours.id)
      return <FigureTooltip figures={[f.offHours, f.workingHours]} {...options} />
    // The busiest hour is drawn from its start and end: it stands for its payments a day.
    const range = formatHourRange(f.start, f.end, options.lang, options)
    const shown = [f.start.id, f.end.id].includes(figure)
      ? f.payments
      : rows.find((r) => r.id === figure)
    if (!shown) return null
    return (
      <FigureTooltip
        figures={[shown]}
        nameOf={(g, lang) =>
          g === f.payments ? `${range}: ${figureLabel(g, lang)}` : figureLabel(g, lang)
        }
        explainedBy={rows}
        {...options}
      />
    )
  },
})
