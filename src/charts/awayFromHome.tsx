import { lazy } from 'react'
import type { Figure } from '../data/schema'
import { formatQuantity, type NumberMode } from '../i18n/format'
import type { Lang } from '../i18n/lang'
import { figureColumns, figureLabel, figureRows } from './figureRows'
import { eachFigureTooltip } from './kit/FigureTooltip'
import { palette } from './kit/palette'
import { defineChart } from './spec'

const ids = ['away-people', 'moved-people'] as const

const shortLabels: Record<string, { zh: string; en: string }> = {
  'away-people': { zh: '异地缴纳社保', en: 'Paid for another place' },
  'moved-people': { zh: '参保地发生变化', en: 'Insured place changed' },
}

/** The bar's name on the chart. */
export const shortLabel = (f: Figure, lang: Lang) =>
  shortLabels[f.id]?.[lang] ?? figureLabel(f, lang)

const people = (f: Figure | undefined, lang: Lang, mode?: NumberMode) =>
  f ? formatQuantity(f, lang, { mode }) : ''

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
  Chart: lazy(() => import('./AwayFromHomeChart').then((m) => ({ default: m.AwayFromHomeChart }))),
  aspect: 0.45,
  caption: ([away, moved], lang, mode) =>
    lang === 'zh'
      ? `2021年，${people(away, lang, mode)}通过微信支付异地缴纳社保；过去一年，${people(moved, lang, mode)}的参保地发生变化。两个数字统计的对象不同，按同一比例尺绘制。`
      : `In 2021 ${people(away, lang, mode)} used WeChat Pay to pay social security for another place; over the year, ${people(moved, lang, mode)} changed the place where they are insured. Two different counts, drawn to the same scale.`,
  describe: (rows, lang, mode) => {
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
        ? `${figureLabel(f, lang)}：${formatQuantity(f, lang, { mode })}${bound ? `（${bound}）` : ''}。`
        : `${figureLabel(f, lang)}: ${formatQuantity(f, lang, { mode })}${bound ? ` (${bound})` : ''}.`
    })
    const intro =
      lang === 'zh'
        ? `条形图，${rows.length}个条形共用同一条从0起的人数横轴，长度可直接比较。`
        : `Bar chart: ${rows.length} bars share one axis of people from 0, so their lengths compare directly.`
    return [intro, ...parts].join(lang === 'zh' ? '' : ' ')
  },
  headline: ([away], lang, mode) => people(away, lang, mode),
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
  tooltip: eachFigureTooltip(shortLabel),
})
