import type { Qualifier, Unit } from '../data/schema'
import { type Lang, locales } from './lang'

/** Compact: 7.5亿 / 750 million. Full: every digit, 750,000,000. */
export const numberModes = ['compact', 'full'] as const
export type NumberMode = (typeof numberModes)[number]

/** `?digits=full` gives every digit; anything else, or nothing, the compact units. */
export function parseNumberMode(value: string | null | undefined): NumberMode {
  return value === 'full' ? 'full' : 'compact'
}

const numberFormats = new Map<string, Intl.NumberFormat>()

/** Intl.NumberFormat is costly to make and cheap to use: one per locale and options, kept. */
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale} ${JSON.stringify(options)}`
  let format = numberFormats.get(key)
  if (!format) {
    format = new Intl.NumberFormat(locale, options)
    numberFormats.set(key, format)
  }
  return format
}

/** What the formatter needs of a figure. */
export type Quantity = { value: number; unit: Unit; qualifier: Qualifier }

/** How every formatter may be asked to write its digits; compact when left out. */
export type FormatOptions = { mode?: NumberMode }
type Options = FormatOptions

/**
 * A number in its language's own units, without unit word or qualifier: 7.5亿, 15万, 41.2 in
 * Chinese; 750 million, 150,000, 6.5 million in English.
 */
export function formatNumber(
  value: number,
  lang: Lang,
  { mode = 'compact' }: Options = {},
): string {
  const locale = locales[lang]
  if (mode === 'full') return numberFormat(locale, { maximumFractionDigits: 2 }).format(value)
  if (lang === 'zh') {
    // zh-CN's compact notation is the newspaper's: 万 from ten thousand, 亿 from a hundred million.
    if (Math.abs(value) < 1e4)
      return numberFormat(locale, { maximumFractionDigits: 2, useGrouping: false }).format(value)
    return numberFormat(locale, { notation: 'compact', maximumFractionDigits: 2 }).format(value)
  }
  // English writes thousands in digits (150,000) and words from a million (6.5 million).
  if (Math.abs(value) < 1e6) return numberFormat(locale, { maximumFractionDigits: 2 }).format(value)
  return numberFormat(locale, {
    notation: 'compact',
    compactDisplay: 'long',
    maximumFractionDigits: 2,
  }).format(value)
}

const zhOrdinals = [
  '零',
  '第一',
  '第二',
  '第三',
  '第四',
  '第五',
  '第六',
  '第七',
  '第八',
  '第九',
  '第十',
]

function ordinal(rank: number, lang: Lang): string {
  if (lang === 'zh') return zhOrdinals[rank] ?? `第${rank}`
  const suffix = new Intl.PluralRules('en', { type: 'ordinal' }).select(rank)
  return `${rank}${{ one: 'st', two: 'nd', few: 'rd' }[suffix as string] ?? 'th'}`
}

/** A number with its unit, no qualifier: 7.5亿笔, 41.2%, 523元 / 750 million payments, 41.2%. */
export function formatWithUnit(
  q: Omit<Quantity, 'qualifier'>,
  lang: Lang,
  options: Options = {},
): string {
  const n = formatNumber(q.value, lang, options)
  const plural = q.value !== 1
  switch (q.unit) {
    case 'percent':
      return numberFormat(locales[lang], {
        style: 'percent',
        maximumFractionDigits: 2,
      }).format(q.value / 100)
    case 'rank':
      return ordinal(q.value, lang)
    case 'hour_of_day':
      return lang === 'zh' ? `${q.value}点` : `${String(q.value).padStart(2, '0')}:00`
    case 'yuan':
      return lang === 'zh' ? `${n}元` : `${n} yuan`
    case 'payments':
      return lang === 'zh' ? `${n}笔` : `${n} payment${plural ? 's' : ''}`
    case 'people':
      return lang === 'zh' ? `${n}人` : `${n} ${plural ? 'people' : 'person'}`
    case 'regions':
      return lang === 'zh' ? `${n}个` : `${n} region${plural ? 's' : ''}`
    case 'halls':
      return lang === 'zh' ? `${n}个办事大厅` : `${n} service hall${plural ? 's' : ''}`
    case 'percentage_points':
      return lang === 'zh' ? `${n}个百分点` : `${n} percentage point${plural ? 's' : ''}`
  }
}

const zhQualifier: Record<Qualifier, (text: string) => string> = {
  exact: (t) => t,
  over: (t) => `超${t}`,
  at_least: (t) => `${t}以上`,
  about: (t) => `约${t}`,
  nearly: (t) => `近${t}`,
}

const enQualifier: Record<Qualifier, (text: string) => string> = {
  exact: (t) => t,
  over: (t) => `more than ${t}`,
  at_least: (t) => `at least ${t}`,
  about: (t) => `about ${t}`,
  nearly: (t) => `nearly ${t}`,
}

/** A figure as the article words it: 超7.5亿笔, 90%以上, 约15万笔 / more than 750 million payments. */
export function formatQuantity(q: Quantity, lang: Lang, options: Options = {}): string {
  const text = formatWithUnit(q, lang, options)
  return (lang === 'zh' ? zhQualifier : enQualifier)[q.qualifier](text)
}

/** The qualifier as a short mark for tight places (axis labels, marks): ≥, ≈, <. */
export const qualifierMark: Record<Qualifier, string> = {
  exact: '',
  over: '>',
  at_least: '≥',
  about: '≈',
  nearly: '<',
}

/** The qualifier in words, for tables and notes. */
export function formatQualifier(qualifier: Qualifier, lang: Lang): string {
  const words: Record<Qualifier, [string, string]> = {
    exact: ['确数', 'exact'],
    over: ['超过（下限）', 'more than (lower bound)'],
    at_least: ['以上（下限）', 'at least (lower bound)'],
    about: ['约（近似值）', 'about (approximate)'],
    nearly: ['近（略低于）', 'nearly (just under)'],
  }
  return words[qualifier][lang === 'zh' ? 0 : 1]
}

const englishMonths = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/**
 * A moment's date in Beijing time as each language writes it: 2022年3月18日 / 18 March 2022.
 * Written by hand: Intl.DateTimeFormat with a time zone costs the page tens of milliseconds to
 * make, on the main thread while it hydrates.
 */
export function formatDate(iso: string, lang: Lang): string {
  const time = Date.parse(iso)
  if (Number.isNaN(time)) return iso
  const beijing = new Date(time + 8 * 3_600_000)
  const [year, month, day] = [beijing.getUTCFullYear(), beijing.getUTCMonth(), beijing.getUTCDate()]
  return lang === 'zh'
    ? `${year}年${month + 1}月${day}日`
    : `${day} ${englishMonths[month]} ${year}`
}
