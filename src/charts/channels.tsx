import { lazy } from 'react'
import type { Figure } from '../data/schema'
import { formatQuantity, formatWithUnit, type NumberMode } from '../i18n/format'
import type { Lang } from '../i18n/lang'
import { figureColumns, figureLabel, figureRows } from './figureRows'
import { eachFigureTooltip } from './kit/FigureTooltip'
import { palette } from './kit/palette'
import { defineChart } from './spec'

const ids = ['channels-share'] as const

const pct = (value: number, lang: Lang, mode?: NumberMode) =>
  formatWithUnit({ value, unit: 'percent' }, lang, { mode })

/** The rest of the whole's label: words only, never a share (it is not a 10 % share). */
export const notStated = (lang: Lang) =>
  lang === 'zh' ? '其余：文中未说明' : 'The rest: not stated'

/** The bar's name on the chart. */
export const barName = (lang: Lang) =>
  lang === 'zh' ? '通过公众号或小程序缴费的用户' : 'Via official account or mini-program'

const share = (rows: readonly Figure[], lang: Lang, mode?: NumberMode) => {
  const f = rows[0]
  return f ? formatQuantity(f, lang, { mode }) : ''
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
  Chart: lazy(() => import('./ChannelsChart').then((m) => ({ default: m.ChannelsChart }))),
  aspect: 0.36,
  caption: (rows, lang, mode) =>
    lang === 'zh'
      ? `在所有使用微信支付缴纳社保的用户中，通过微信公众号或小程序缴费的占${share(rows, lang, mode)}。这是下限；其余用户怎样缴费，文中没有说明。`
      : `Of all users who paid social security with WeChat Pay, ${share(rows, lang, mode)} paid through an official account or a mini-program. That is a lower bound; the article does not say how the others paid.`,
  describe: (rows, lang, mode) => {
    const f = rows[0]
    if (!f) return ''
    return lang === 'zh'
      ? `在0至${pct(100, lang, mode)}的横轴上，一个条形表示${figureLabel(f, lang)}：${formatQuantity(f, lang, { mode })}。条形画到${pct(f.value, lang, mode)}，虚线箭头表示实际占比可能更高；${pct(f.value, lang, mode)}至${pct(100, lang, mode)}之间以浅灰虚线框标为“文中未说明”，不代表任何占比。`
      : `On an axis from 0 to ${pct(100, lang, mode)}, one bar shows the ${figureLabel(f, lang).toLowerCase()}: ${formatQuantity(f, lang, { mode })}. The bar reaches ${pct(f.value, lang, mode)} and a dashed arrow runs on, as the true share may be higher; the stretch from ${pct(f.value, lang, mode)} to ${pct(100, lang, mode)} is a pale dashed box marked "not stated", not a share of its own.`
  },
  headline: (rows, lang, mode) => share(rows, lang, mode),
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
  tooltip: eachFigureTooltip((_f, lang) => barName(lang)),
})
