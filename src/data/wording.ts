// How the article writes a stated figure, so that the loader can find it in its sentence. The
// wording comes from the page's own formatter (src/i18n/format.ts): 750000000 payments → 7.5亿笔,
// 90 percent → 90%, 2 percentage points → 2个百分点, rank 1 → 第一. Where the article words a
// figure in a way no rule gives, the exceptions below say so, each with its reason.
import { formatNumber, formatQuantity, formatWithUnit } from '../i18n/format'
import type { Qualifier, Unit } from './schema'

/** A figure as the check reads it. */
type Stated = { value: number; unit: Unit; qualifier: Qualifier }

/**
 * Exceptions: other unit words the article uses. It counts people as 用户 (users) as often as
 * 人: 超1.1亿用户, 超过1.1亿人.
 */
const otherUnitWords: Partial<Record<Unit, readonly string[]>> = { people: ['用户'] }

/**
 * Exceptions: whole words for a value, where the article does not write the number. It ranks the
 * second as 其次 ("next after it"): 80后…位居第一。其次是70后.
 */
const otherValueWords: readonly { unit: Unit; value: number; words: readonly string[] }[] = [
  { unit: 'rank', value: 2, words: ['其次'] },
]

/**
 * Exceptions: other words for a qualifier than the formatter's (超, 以上, 约, 近): 逾 and 超过
 * also say "more than", as data/README.md and the `qualifier` column describe.
 */
const otherQualifierWords: Partial<Record<Qualifier, readonly string[]>> = { over: ['逾', '超过'] }

/** The article's wording of a figure: the number as written, then one of its unit words. */
export type Wording = { number: string; units: readonly string[] }

/**
 * 750000000 payments → 7.5亿 + 笔; 6500000 people → 650万 + 人 or 用户; 41.2 percent → 41.2 + %;
 * rank 1 → 第一 (no unit word); rank 2 also 其次.
 */
export function zhWordings(f: Omit<Stated, 'qualifier'>): Wording[] {
  const withUnit = formatWithUnit(f, 'zh')
  const number = formatNumber(f.value, 'zh')
  const own: Wording = withUnit.startsWith(number)
    ? { number, units: [withUnit.slice(number.length), ...(otherUnitWords[f.unit] ?? [])] }
    : { number: withUnit, units: [''] }
  const others = otherValueWords
    .filter((o) => o.unit === f.unit && o.value === f.value)
    .flatMap((o) => o.words.map((word) => ({ number: word, units: [''] })))
  return [own, ...others]
}

/** The words that stand right before and right after a figure of each qualifier. */
export function qualifierWords(qualifier: Qualifier): { before: string[]; after: string[] } {
  // The formatter writes the qualifier around the number: 超7.5亿笔, 90%以上.
  const sample = { value: 1, unit: 'percent' as const }
  const bare = formatWithUnit(sample, 'zh')
  const [before = '', after = ''] = formatQuantity({ ...sample, qualifier }, 'zh').split(bare)
  const others = otherQualifierWords[qualifier] ?? []
  return {
    before: [before, ...others].filter(Boolean),
    after: [after].filter(Boolean),
  }
}

const allQualifierWords = (['over', 'at_least', 'about', 'nearly'] as const).map(qualifierWords)
const anyBefore = allQualifierWords.flatMap((w) => w.before)
const anyAfter = allQualifierWords.flatMap((w) => w.after)

/** One place the figure's wording stands in a sentence, with the text around it. */
export type Occurrence = { text: string; before: string; after: string }

const isDigit = (c: string | undefined) => c !== undefined && /[\d.]/.test(c)

/**
 * Every place in `sentence` where the article writes the figure: its number not inside a longer
 * number, then its unit word, or a range that shares the unit word (18-19点 writes 18 and 19).
 */
export function findWording(sentence: string, f: Omit<Stated, 'qualifier'>): Occurrence[] {
  const found: Occurrence[] = []
  for (const { number, units } of zhWordings(f)) {
    for (let at = sentence.indexOf(number); at >= 0; at = sentence.indexOf(number, at + 1)) {
      if (isDigit(sentence[at - 1])) continue
      const rest = sentence.slice(at + number.length)
      const range = /^[-–~至][\d.]+(?:万|亿)?/.exec(rest)?.[0] ?? ''
      const unit = units.find((u) => rest.startsWith(u) || (range && rest.startsWith(range + u)))
      if (unit === undefined) continue
      const end = at + number.length + (rest.startsWith(unit) ? 0 : range.length) + unit.length
      // Without a unit word the number must end there: 15 is not the start of 15万.
      if (unit === '' && number.match(/\d$/) && /^[\d.万亿]/.test(sentence.slice(end))) continue
      found.push({
        text: sentence.slice(at, end),
        before: sentence.slice(0, at),
        after: sentence.slice(end),
      })
    }
  }
  return found
}

/** Whether an occurrence carries the figure's qualifier word right next to it (or, if exact, none). */
export function hasQualifier(o: Occurrence, qualifier: Qualifier): boolean {
  if (qualifier === 'exact')
    return (
      !anyBefore.some((w) => o.before.endsWith(w)) && !anyAfter.some((w) => o.after.startsWith(w))
    )
  const { before, after } = qualifierWords(qualifier)
  return before.some((w) => o.before.endsWith(w)) || after.some((w) => o.after.startsWith(w))
}

/** The qualifier a sentence gives an occurrence, if any: for the message that says what to set. */
export function qualifierOf(o: Occurrence): Qualifier {
  const found = (['over', 'at_least', 'about', 'nearly'] as const).find((q) => hasQualifier(o, q))
  return found ?? 'exact'
}
