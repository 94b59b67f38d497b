import { describe, expect, it } from 'vitest'
import { niceStep, valueAxis } from '../../../src/charts/kit/scale'

/** Every label the same width: `width` px. */
const labels = (width: number) => () => width

describe('niceStep', () => {
  it.each([
    [0.7, 1],
    [1, 1],
    [1.1, 2],
    [2.2, 2.5],
    [3, 5],
    [7, 10],
    [18_000_000, 20_000_000],
    [23, 25],
  ])('%d → %d', (raw, step) => {
    expect(niceStep(raw)).toBe(step)
  })
})

describe('valueAxis', () => {
  it.each([
    // max, length, label width → ticks
    [750_000_000, 600, 30, [0, 1e8, 2e8, 3e8, 4e8, 5e8, 6e8, 7e8, 8e8]],
    [32, 600, 20, [0, 5, 10, 15, 20, 25, 30, 35]],
    [32, 200, 30, [0, 10, 20, 30, 40]],
    [32, 90, 30, [0, 20, 40]],
    [750_000_000, 200, 30, [0, 2e8, 4e8, 6e8, 8e8]],
    [750_000_000, 120, 30, [0, 5e8, 1e9]],
    [110_000_000, 600, 60, [0, 2e7, 4e7, 6e7, 8e7, 1e8, 1.2e8]],
    [110_000_000, 300, 60, [0, 5e7, 1e8, 1.5e8]],
  ])('max %d on %d px with %d px labels', (max, length, width, ticks) => {
    const axis = valueAxis({ max, length, labelWidth: labels(width), most: 8 })
    expect(axis.ticks).toEqual(ticks)
    expect(axis.domain).toEqual([0, ticks.at(-1)])
  })

  it('never lets two labels touch: fewer ticks on a narrow axis', () => {
    for (const length of [60, 120, 240, 480, 960]) {
      const { ticks } = valueAxis({ max: 523, length, labelWidth: labels(28), gap: 10 })
      const spacing = length / (ticks.length - 1)
      if (ticks.length > 2) expect(spacing).toBeGreaterThanOrEqual(28 + 10)
      expect(ticks.at(-1)).toBeGreaterThanOrEqual(523)
    }
  })

  it('keeps a fixed top (a share of 100 %) and divides it evenly', () => {
    expect(valueAxis({ max: 90, top: 100, length: 300, labelWidth: labels(30) }).ticks).toEqual([
      0, 20, 40, 60, 80, 100,
    ])
    expect(valueAxis({ max: 90, top: 100, length: 120, labelWidth: labels(30) }).ticks).toEqual([
      0, 50, 100,
    ])
  })

  it('reaches past a value that sits on a tick only as far as that tick', () => {
    expect(valueAxis({ max: 30, length: 400, labelWidth: labels(20), most: 6 }).domain).toEqual([
      0, 30,
    ])
  })
})
