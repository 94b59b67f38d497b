import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { sentenceTexts } from '../../src/charts/figureRows'
import { perCapita } from '../../src/charts/perCapita'
import type { NumberMode } from '../../src/i18n/format'
import type { Lang } from '../../src/i18n/lang'
import { realReport } from '../realData'
import { CardChart } from './withTooltips'

const report = realReport()
const rows = perCapita.rows(report)
const size = { width: 600, height: 288 }
const phone = { width: 324, height: Math.round(324 * perCapita.aspect) }

type Options = {
  highlight?: string | null
  at?: { width: number; height: number }
  mode?: NumberMode
  surface?: 'card' | 'slide' | 'export'
}

async function draw(
  lang: Lang,
  { highlight = null, at = size, mode = 'compact', surface = 'card' }: Options = {},
) {
  const sentences = sentenceTexts(report, lang)
  const view = render(
    <CardChart
      spec={perCapita}
      rows={rows}
      size={at}
      lang={lang}
      mode={mode}
      surface={surface}
      highlight={highlight}
      sentences={sentences}
    />,
  )
  // Recharts draws its marks in effects: wait for the axis's last tick.
  await within(view.container).findByText('600')
  return view
}

function amounts(container: HTMLElement) {
  return [
    ...container.querySelectorAll('[data-figure="per-capita-amount"] rect[data-mark="amount"]'),
  ].map((r) => ({
    x: Number(r.getAttribute('x')),
    width: Number(r.getAttribute('width')),
    rect: r,
  }))
}

/** The axis's tick labels: the texts that are plain numbers. */
const ticks = (container: HTMLElement) =>
  [...container.querySelectorAll('svg text')]
    .map((t) => t.textContent ?? '')
    .filter((t) => /^[\d,]+$/.test(t))

const svgText = (container: HTMLElement) =>
  [...container.querySelectorAll('svg')].map((s) => s.textContent).join(' ')

describe('per-capita chart', () => {
  it.each([
    ['zh', '523元', '100元', '不是每笔缴费的金额'],
    ['en', '523 yuan', '100 yuan', 'not per payment'],
  ] as const)(
    'shows the amount, the block size and what it averages over in %s',
    async (lang, amount, unit, not) => {
      const { container } = await draw(lang, { at: { width: 694, height: 333 } })
      const heading = container.querySelector('[data-figure="per-capita-amount"]')
      expect(heading?.querySelector('[data-mark="headline"]')).toHaveTextContent(amount)
      expect(heading).toHaveTextContent(not)
      // Whole blocks carry their size where it fits.
      expect(container.querySelector('[data-mark="block"]')).toHaveTextContent(unit)
      // The line at the stated value carries the amount.
      expect(screen.getAllByText(amount)).toHaveLength(2)
    },
  )

  it('draws five whole 100-yuan blocks and 0.23 of a sixth, side by side', async () => {
    const { container } = await draw('zh')
    const blocks = amounts(container)
    expect(blocks).toHaveLength(6)
    const whole = blocks[0]?.width ?? 0
    for (const b of blocks.slice(0, 5)) expect(b.width).toBeCloseTo(whole, 6)
    expect((blocks[5]?.width ?? 0) / whole).toBeCloseTo(0.23, 6)
    blocks.slice(1).forEach((b, i) => {
      expect(b.x).toBeCloseTo((blocks[i]?.x ?? 0) + whole, 6)
    })
    const marks = [...container.querySelectorAll('[data-mark="block"], [data-mark="part-block"]')]
    expect(marks.map((m) => m.getAttribute('data-yuan'))).toEqual([
      '100',
      '100',
      '100',
      '100',
      '100',
      '23',
    ])
    expect(marks.at(-1)?.getAttribute('data-mark')).toBe('part-block')
    // The part shows, dashed, the whole block it is part of.
    const outline = marks.at(-1)?.querySelector('rect[data-mark="whole-block"]')
    expect(Number(outline?.getAttribute('width'))).toBeCloseTo(whole, 6)
    expect(outline?.getAttribute('stroke-dasharray')).toBeTruthy()
  })

  it('draws the stated value as a line through the blocks, at 523 on the yuan axis', async () => {
    const { container } = await draw('zh')
    const blocks = amounts(container)
    const start = blocks[0]?.x ?? 0
    const whole = blocks[0]?.width ?? 0
    const at = start + (523 / 100) * whole
    const lines = [...container.querySelectorAll('svg line')].filter(
      (l) =>
        l.getAttribute('x1') === l.getAttribute('x2') &&
        Math.abs(Number(l.getAttribute('x1')) - at) < 0.01 &&
        l.getAttribute('stroke-width') === '2',
    )
    expect(lines).toHaveLength(1)
  })

  it.each([
    ['compact', 'zh'],
    ['full', 'zh'],
    ['compact', 'en'],
    ['full', 'en'],
  ] as const)('ticks the yuan axis every 100 where it fits (%s digits, %s)', async (mode, lang) => {
    const { container } = await draw(lang, { mode })
    expect(ticks(container)).toEqual(['0', '100', '200', '300', '400', '500', '600'])
    expect(svgText(container)).not.toMatch(/万|亿|million/)
  })

  it('still fits the blocks on a phone-sized chart, the note wrapped under the amount', async () => {
    const { container } = await draw('en', { at: phone })
    const blocks = amounts(container)
    const last = blocks.at(-1)
    expect(blocks).toHaveLength(6)
    expect((last?.x ?? 0) + (last?.width ?? 0)).toBeLessThan(phone.width)
    expect(blocks[0]?.width).toBeGreaterThan(20)
    // Fewer ticks than blocks would be fine; more never.
    expect(ticks(container).length).toBeLessThanOrEqual(7)
    // What the average is over wraps onto lines under the amount instead of running off.
    const lines = [...container.querySelectorAll('[data-mark="note"] tspan')]
    expect(lines.length).toBeGreaterThan(1)
    expect(lines.map((l) => l.textContent).join(' ')).toBe(
      'per paying user over the whole year, not per payment',
    )
    const amount = container.querySelector('[data-mark="headline"]')
    for (const line of lines)
      expect(Number(line.getAttribute('y'))).toBeGreaterThan(Number(amount?.getAttribute('y')))
  })

  it('puts the note beside the amount where it fits', async () => {
    const { container } = await draw('zh', { at: { width: 694, height: 333 } })
    const lines = [...container.querySelectorAll('[data-mark="note"] tspan')]
    expect(lines).toHaveLength(1)
    expect(Number(lines[0]?.getAttribute('x'))).toBeGreaterThan(100)
  })

  it('leaves the amount out on a slide, which shows it as its headline', async () => {
    const { container } = await draw('zh', { surface: 'slide', at: { width: 1100, height: 420 } })
    expect(container.querySelector('[data-mark="headline"]')).toBeNull()
    expect(container.querySelector('[data-mark="note"]')).toHaveTextContent('不是每笔缴费的金额')
    expect(amounts(container)).toHaveLength(6)
  })

  it('makes the blocks stronger when the figure is highlighted', async () => {
    const plain = amounts((await draw('zh')).container)
    const lit = (await draw('zh', { highlight: 'per-capita-amount' })).container
    expect(plain[0]?.rect.getAttribute('stroke-width')).toBe('2')
    expect(amounts(lit)[0]?.rect.getAttribute('stroke-width')).toBe('3')
    expect(lit.querySelector('[data-mark="headline"]')?.getAttribute('text-decoration')).toBe(
      'underline',
    )
  })

  it('shows the amount and its sentence in a tooltip on focus and arrow keys', async () => {
    await draw('zh')
    const chart = screen.getByRole('group')
    act(() => chart.focus())
    fireEvent.keyDown(chart, { key: 'ArrowRight' })
    const tooltip = (await screen.findByText(/用户人均缴费523元。/)).closest(
      '[data-tooltip-figure]',
    )
    expect(tooltip?.getAttribute('data-tooltip-figure')).toBe('per-capita-amount')
    expect(tooltip).toHaveTextContent('523元')
  })

  it.each([
    ['zh', ['用户人均缴费为523元', '不是每笔缴费的金额', '每个方块代表100元', '5个整块']],
    [
      'en',
      [
        'average amount paid per paying user, 523 yuan',
        'not per payment',
        'Each block stands for 100 yuan',
        '5 whole blocks',
      ],
    ],
  ] as const)('describes what it draws in %s', (lang, parts) => {
    const text = perCapita.describe(rows, lang, 'full')
    for (const part of parts) expect(text).toContain(part)
  })

  it('states the claim with what the average is over', () => {
    expect(perCapita.caption(rows, 'zh', 'compact')).toBe(
      '2021年用户人均缴费523元：这是每位缴费用户全年的平均缴费额，不是每笔缴费的金额。',
    )
    expect(perCapita.caption(rows, 'en', 'full')).toContain(
      'per paying user over the whole year, not per payment',
    )
    expect(perCapita.headline(rows, 'zh', 'compact')).toBe('523元')
    expect(perCapita.headline(rows, 'en', 'full')).toBe('523 yuan')
    expect(perCapita.sentenceIds[0]).toBe('payments-2021')
    expect(perCapita.figureIds).toEqual(['per-capita-amount'])
  })

  it.each([
    { width: 4, height: 2 },
    { width: 40, height: 20 },
  ])('draws no negative sizes while a card is measured at $width × $height', async (tiny) => {
    const { Chart } = perCapita
    const { container } = render(
      <Chart
        rows={rows}
        size={tiny}
        lang="en"
        mode="compact"
        surface="card"
        highlight={null}
        sentences={new Map()}
      />,
    )
    await act(() => new Promise((r) => setTimeout(r, 20)))
    for (const rect of container.querySelectorAll('rect')) {
      expect(Number(rect.getAttribute('width'))).toBeGreaterThanOrEqual(0)
      expect(Number(rect.getAttribute('height'))).toBeGreaterThanOrEqual(0)
    }
  })
})
