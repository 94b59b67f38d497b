import type { Unit } from '../../data/schema'
import { formatNumber, formatWithUnit, type NumberMode } from '../../i18n/format'
import type { Lang } from '../../i18n/lang'
import { type ValueAxis, valueAxis } from './scale'
import { textWidth } from './text'

/** What an axis tick reads: the number in the reader's language and way of writing digits. */
export function tickFormatter(unit: Unit, lang: Lang, mode: NumberMode): (value: number) => string {
  if (unit === 'percent' || unit === 'hour_of_day')
    return (value) => formatWithUnit({ value, unit }, lang, { mode })
  return (value) => formatNumber(value, lang, { mode })
}

/** A value axis whose tick labels, as formatted, fit side by side along `length`. */
export function formattedAxis(options: {
  max: number
  length: number
  unit: Unit
  lang: Lang
  mode: NumberMode
  fontSize: number
  top?: number
  most?: number
}): ValueAxis & { format: (value: number) => string } {
  const format = tickFormatter(options.unit, options.lang, options.mode)
  const axis = valueAxis({
    max: options.max,
    length: options.length,
    top: options.top,
    most: options.most,
    labelWidth: (t) => textWidth(format(t), options.fontSize),
  })
  return { ...axis, format }
}
