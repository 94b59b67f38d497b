// Value scales from the data and the room the chart has: no axis range is typed by hand.

/** The nice steps, per power of ten. */
const steps = [1, 2, 2.5, 5, 10]

/** The smallest nice step (1, 2, 2.5 or 5 × 10ⁿ) not below `raw`. */
export function niceStep(raw: number): number {
  if (!(raw > 0) || !Number.isFinite(raw)) return 1
  const power = 10 ** Math.floor(Math.log10(raw))
  const step = steps.find((s) => s * power >= raw * (1 - 1e-9)) ?? 10
  return step * power
}

export type ValueAxis = {
  /** From zero to the last tick: every value drawn lies inside. */
  domain: [number, number]
  ticks: number[]
}

type AxisOptions = {
  /** The largest value the chart draws. */
  max: number
  /** The axis's length on screen, in pixels. */
  length: number
  /** How wide a tick's label is, in pixels. */
  labelWidth: (tick: number) => number
  /** Room between two labels, in pixels. */
  gap?: number
  /** At most this many intervals. */
  most?: number
  /** A fixed top (a share of 100%), instead of the nice value above `max`. */
  top?: number
}

/**
 * A zero-based value axis: the most ticks, at a nice step, whose labels fit side by side along
 * `length` (fewer on a phone, never colliding); the domain ends at the first tick at or above
 * `max`. With `top`, the axis ends there and the step divides it.
 */
export function valueAxis({
  max,
  length,
  labelWidth,
  gap = 14,
  most = 6,
  top,
}: AxisOptions): ValueAxis {
  const highest = Math.max(top ?? max, Number.MIN_VALUE)
  for (let intervals = most; intervals >= 1; intervals--) {
    const step = niceStep(highest / intervals)
    const end = top ?? Math.ceil(highest / step - 1e-9) * step
    if (top !== undefined && Math.abs(end / step - Math.round(end / step)) > 1e-9) continue
    const ticks = Array.from({ length: Math.round(end / step) + 1 }, (_, i) => round(i * step))
    const spacing = length / Math.max(ticks.length - 1, 1)
    // Neighbours share the space between them: half of each label on either side of its tick.
    const fits = ticks.every(
      (t, i) => i === 0 || (labelWidth(t) + labelWidth(ticks[i - 1] ?? 0)) / 2 + gap <= spacing,
    )
    if (fits || intervals === 1) return { domain: [0, round(end)], ticks }
  }
  return { domain: [0, highest], ticks: [0, highest] }
}

/** Removes float noise from a multiple of a step (0.30000000000000004 → 0.3). */
const round = (value: number) => Number.parseFloat(value.toPrecision(12))
