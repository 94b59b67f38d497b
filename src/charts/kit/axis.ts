import type { Unit } from '../../data/schema'
import { formatNumber, formatWithUnit, type NumberMode } from '../../i18n/format'
import type { Lang } from '../../i18n/lang'
import { palette } from './palette'
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

/**
 * The props of every chart's value axis (Recharts `<XAxis>` of a horizontal-bar chart): the
 * ticks of `axis`, written as it formats them, in the subtle colour, `height` px tall. Recharts'
 * own nice ticks are off: the domain and ticks are given, and working them out again (in decimal
 * arithmetic, on every store update) took about 7 % of a chart's going live in a profile.
 */
export function valueAxisProps(
  axis: ValueAxis & { format: (value: number) => string },
  { tickSize, height }: { tickSize: number; height: number },
) {
  return {
    type: 'number',
    domain: axis.domain,
    ticks: axis.ticks,
    interval: 0,
    niceTicks: 'none',
    tickFormatter: axis.format,
    tick: { fill: palette.subtle, fontSize: tickSize },
    stroke: palette.subtle,
    tickLine: { stroke: palette.subtle },
    height,
  } as const
}

/**
 * What every Recharts chart of the kit is given. No accessibility layer: on by default in
 * Recharts 3, it makes the chart's svg a second tab stop (role="application") with arrow keys of
 * its own, where the card's drawing already takes the focus and its marks answer the keys
 * (MarkTooltips).
 */
export const chartProps = { accessibilityLayer: false } as const
