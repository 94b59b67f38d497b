import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { perCapita } from '../../src/charts/perCapita'
import type { Lang } from '../../src/i18n/lang'
import { realReport } from '../realData'

const rows = perCapita.rows(realReport())
const size = { width: 600, height: 240 }

function draw(lang: Lang, highlight: string | null = null, at = size) {
  const { Chart } = perCapita
  return render(<Chart rows={rows} size={at} lang={lang} surface="card" highlight={highlight} />)
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

describe('per-capita chart', () => {
  it.each([
    ['zh', '523元', '100元', '不是每笔缴费的金额'],
    ['en', '523 yuan', '100 yuan', 'not per payment'],
  ] as const)(
    'shows the amount, the block size and what it averages over in %s',
    (lang, amount, unit, not) => {
      const { container } = draw(lang)
      const mark = container.querySelector('[data-figure="per-capita-amount"]')
      expect(mark).toHaveTextContent(amount)
      expect(mark).toHaveTextContent(unit)
      expect(mark).toHaveTextContent(not)
    },
  )

  it('draws five whole 100-yuan blocks and 0.23 of a sixth, side by side', () => {
    const { container } = draw('zh')
    const blocks = amounts(container)
    expect(blocks).toHaveLength(6)
    const whole = blocks[0]?.width ?? 0
    for (const b of blocks.slice(0, 5)) expect(b.width).toBeCloseTo(whole, 6)
    expect((blocks[5]?.width ?? 0) / whole).toBeCloseTo(0.23, 6)
    blocks.slice(1).forEach((b, i) => {
      expect(b.x).toBeCloseTo((blocks[i]?.x ?? 0) + whole, 6)
    })
  })

  it('still fits the blocks on a phone-sized chart', () => {
    const { container } = draw('en', null, { width: 326, height: 130 })
    const blocks = amounts(container)
    const last = blocks.at(-1)
    expect(blocks).toHaveLength(6)
    expect((last?.x ?? 0) + (last?.width ?? 0)).toBeLessThan(326)
    expect(blocks[0]?.width).toBeGreaterThan(20)
    // What the average is over wraps onto lines under the amount instead of running off.
    const lines = [...container.querySelectorAll('[data-figure="per-capita-amount"] tspan')]
    expect(lines.length).toBeGreaterThan(1)
    expect(lines.map((l) => l.textContent).join(' ')).toBe(
      'per paying user over the whole year, not per payment',
    )
  })

  it('makes the blocks stronger when the figure is highlighted', () => {
    const plain = amounts(draw('zh').container)
    const lit = amounts(draw('zh', 'per-capita-amount').container)
    expect(plain[0]?.rect.getAttribute('stroke-width')).toBe('2')
    expect(lit[0]?.rect.getAttribute('stroke-width')).toBe('3')
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
    const text = perCapita.describe(rows, lang)
    for (const part of parts) expect(text).toContain(part)
  })

  it('states the claim with what the average is over', () => {
    expect(perCapita.caption(rows, 'zh')).toBe(
      '2021年用户人均缴费523元：这是每位缴费用户全年的平均缴费额，不是每笔缴费的金额。',
    )
    expect(perCapita.caption(rows, 'en')).toContain(
      'per paying user over the whole year, not per payment',
    )
    expect(perCapita.headline(rows, 'zh')).toBe('523元')
    expect(perCapita.headline(rows, 'en')).toBe('523 yuan')
    expect(perCapita.sentenceIds[0]).toBe('payments-2021')
    expect(perCapita.figureIds).toEqual(['per-capita-amount'])
  })

  it.each([
    { width: 4, height: 2 },
    { width: 40, height: 20 },
  ])('draws no negative sizes while a card is measured at $width × $height', (tiny) => {
    const { Chart } = perCapita
    const { container } = render(
      <Chart rows={rows} size={tiny} lang="en" surface="card" highlight={null} />,
    )
    for (const rect of container.querySelectorAll('rect')) {
      expect(Number(rect.getAttribute('width'))).toBeGreaterThanOrEqual(0)
      expect(Number(rect.getAttribute('height'))).toBeGreaterThanOrEqual(0)
    }
  })
})
