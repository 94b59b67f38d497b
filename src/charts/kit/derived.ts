import { derivationText } from '../../data/formula'
import type { Figure, Region } from '../../data/schema'
import type { Lang } from '../../i18n/lang'

/**
 * How a derived figure is worked out, from its formula in figures.csv, in words and numbers
 * (推算：70后用户占比 − 70后领先90后 = 26% − 2个百分点 = 24%); in English with the figure's own
 * remark after it (figures.csv `note`, written in English). Empty for a stated figure. The
 * figures its formula names must be among `figures`: a chart passes its rows.
 */
export function explainDerived(
  f: Figure,
  figures: readonly Figure[],
  lang: Lang,
  regions: readonly Region[] = [],
): string {
  if (!f.derived) return ''
  const text = derivationText(f, { figures, regions }, lang)
  return lang === 'en' && f.note ? `${text}. ${f.note}` : text
}
