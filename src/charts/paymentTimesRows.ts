import type { Figure } from '../data/schema'
import { formatNumber, formatWithUnit, type NumberMode } from '../i18n/format'
import type { Lang } from '../i18n/lang'

/** The figures chart 7 draws, in row order. */
export const paymentTimesIds = [
  'off-hours-share',
  'working-hours-share',
  'peak-hour-start',
  'peak-hour-end',
  'peak-hour-payments',
  'peak-hour-halls',
] as const

/** The rows of chart 7 by what they mean. */
export type PaymentTimesFigures = {
  offHours: Figure
  workingHours: Figure
  start: Figure
  end: Figure
  payments: Figure
  halls: Figure
}

/** The rows by name; null when one is missing (the chart then draws an empty box). */
export function paymentTimesFigures(rows: readonly Figure[]): PaymentTimesFigures | null {
  const byId = new Map(rows.map((f) => [f.id, f]))
  const [offHours, workingHours, start, end, payments, halls] = paymentTimesIds.map((id) =>
    byId.get(id),
  )
  if (!offHours || !workingHours || !start || !end || !payments || !halls) return null
  return { offHours, workingHours, start, end, payments, halls }
}

/** 18–19点 / 18:00–19:00: the article's busiest hour as a range. */
export function formatHourRange(
  start: Figure,
  end: Figure,
  lang: Lang,
  options: { mode?: NumberMode } = {},
): string {
  return lang === 'zh'
    ? `${formatNumber(start.value, lang, options)}–${formatWithUnit(end, lang, options)}`
    : `${formatWithUnit(start, lang, options)}–${formatWithUnit(end, lang, options)}`
}
