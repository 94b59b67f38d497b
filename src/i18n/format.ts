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

/*
 * The digits are written by hand. The page's first Intl.NumberFormat loads its locale's data:
 * 40–60 ms on the main thread while the page hydrates, four times that on a phone's CPU. The
 * dashboard writes only a few patterns, each checked against Intl in tests: at most two
 * decimals, rounded half away from zero on the number's shortest decimal form (1.005 → 1.01,
 * as Intl does); thousands grouped by threes in both languages; 万/亿/万亿 and million/billion/
 * trillion. Numbers beyond those patterns (from 10¹⁵, or written with an exponent) go to Intl.
 */
const maximumFractionDigits = 2
const largestHandled = 1e15

/** |value| ÷ 10^shift rounded to two decimals: integer digits and fraction digits, or null. */
function roundedDigits(value: number, shift = 0): [string, string] | null {
  const text = Math.abs(value).toString()
  if (text.includes('e') || Math.abs(value) >= largestHandled) return null
  const [whole = '', fraction = ''] = text.split('.')
  let digits = whole + fraction
  let point = whole.length - shift
  if (point < 1) {
    digits = '0'.repeat(1 - point) + digits
    point = 1
  }
  const kept = digits
    .slice(0, point + maximumFractionDigits)
    .padEnd(point + maximumFractionDigits, '0')
  const roundsUp = (digits[point + maximumFractionDigits] ?? '0') >= '5'
  const rounded = (BigInt(kept) + (roundsUp ? 1n : 0n))
    .toString()
    .padStart(maximumFractionDigits + 1, '0')
  return [
    rounded.slice(0, -maximumFractionDigits),
    rounded.slice(-maximumFractionDigits).replace(/0+$/, ''),
  ]
}

/** Intl writes a minus even when a negative number rounds to zero (-0.001 → -0). */
function sign(value: number): string {
  return value < 0 || Object.is(value, -0) ? '-' : ''
}

function plain(value: number, grouping: boolean): string | null {
  const digits = roundedDigits(value)
  if (!digits) return null
  const [whole, fraction] = digits
  const grouped = grouping ? whole.replace(/\B(?=(\d{3})+$)/g, ',') : whole
  return sign(value) + grouped + (fraction ? `.${fraction}` : '')
}

/** Large-number words, smallest first: [power of ten, word]. */
type CompactUnits = readonly (readonly [number, string])[]
const zhUnits: CompactUnits = [
  [4, '万'],
  [8, '亿'],
  [12, '万亿'],
]
const enUnits: CompactUnits = [
  [6, ' million'],
  [9, ' billion'],
  [12, ' trillion'],
]

/** In the largest word the number reaches; one that rounds up to the next word takes it. */
function compact(value: number, units: CompactUnits): string | null {
  const abs = Math.abs(value)
  const reached = units.findLastIndex(([power]) => abs >= 10 ** power)
  if (reached < 0) return plain(value, true)
  const candidates = units.slice(reached)
  for (const [k, [power, word]] of candidates.entries()) {
    const digits = roundedDigits(value, power)
    if (!digits) return null
    const [whole, fraction] = digits
    // 99,999,999 rounds to 10000万: that is 1亿.
    const nextPower = candidates[k + 1]?.[0]
    if (nextPower !== undefined && whole.length > nextPower - power) continue
    return sign(value) + whole + (fraction ? `.${fraction}` : '') + word
  }
  return null
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
  if (mode === 'full')
    return plain(value, true) ?? numberFormat(locale, { maximumFractionDigits }).format(value)
  if (lang === 'zh') {
    // zh-CN's compact notation is the newspaper's: 万 from ten thousand, 亿 from a hundred million.
    if (Math.abs(value) < 1e4)
      return (
        plain(value, false) ??
        numberFormat(locale, { maximumFractionDigits, useGrouping: false }).format(value)
      )
    return (
      compact(value, zhUnits) ??
      numberFormat(locale, { notation: 'compact', maximumFractionDigits }).format(value)
    )
  }
  // English writes thousands in digits (150,000) and words from a million (6.5 million).
  return (
    compact(value, enUnits) ??
    numberFormat(locale, {
      notation: 'compact',
      compactDisplay: 'long',
      maximumFractionDigits,
    }).format(value)
  )
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
  // English ordinals: 1st, 2nd, 3rd, but 11th, 12th, 13th (Intl.PluralRules' ordinal rule).
  const teen = Math.floor(Math.abs(rank) / 10) % 10 === 1
  const suffix = teen ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' }[Math.abs(rank) % 10] ?? 'th')
  return `${rank}${suffix}`
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
      return `${formatNumber(q.value, lang, { mode: 'full' })}%`
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

/**
 * A figure as the article words it: 超7.5亿笔, 90%以上, 约15万笔 / more than 750 million payments.
 * `over`: the article's word for "more than" where it is not 超 (逾30%).
 */
export function formatQuantity(
  q: Quantity,
  lang: Lang,
  options: Options & { over?: '超' | '逾' | '超过' } = {},
): string {
  const text = formatWithUnit(q, lang, options)
  if (lang === 'zh' && q.qualifier === 'over' && options.over) return `${options.over}${text}`
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

/** What a qualifier makes of a figure, in a word or two (tooltips): 下限, 近似值 … ; exact: empty. */
export function formatBound(qualifier: Qualifier, lang: Lang): string {
  const words: Record<Qualifier, [string, string]> = {
    exact: ['', ''],
    over: ['下限', 'lower bound'],
    at_least: ['下限', 'lower bound'],
    about: ['近似值', 'approximate'],
    nearly: ['略低于此', 'just under'],
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
