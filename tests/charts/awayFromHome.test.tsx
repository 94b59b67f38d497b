import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { awayFromHome } from '../../src/charts/awayFromHome'
import type { NumberMode } from '../../src/i18n/format'
import type { Lang } from '../../src/i18n/lang'
import { realReport } from '../realData'

const rows = awayFromHome.rows(realReport())
const size = { width: 600, height: 300 }

function draw(lang: Lang, highlight: string | null = null, mode: NumberMode = 'compact') {
  const { Chart } = awayFromHome
  return render(
    <Chart
      rows={rows}
      size={size}
      lang={lang}
      mode={mode}
      surface="card"
      highlight={highlight}
      sentences={new Map()}
    />,
  )
}

/** Every text the chart draws, in document order. */
const texts = (container: HTMLElement) =>
  [...container.querySelectorAll('svg text')].map((t) => t.textContent ?? '')

/** The drawn bar (the `rect` marked as the bar) of a figure. */
function bar(container: HTMLElement, id: string) {
  const rect = container.querySelector(`[data-figure="${id}"] rect[data-mark="bar"]`)
  if (!rect) throw new Error(`no bar for ${id}`)
  return { x: Number(rect.getAttribute('x')), width: Number(rect.getAttribute('width')), rect }
}

describe('away-from-home chart', () => {
  it.each([
    ['zh', '超1.1亿人', '近650万人', '异地缴纳社保', '参保地发生变化'],
    [
      'en',
      'more than 110 million people',
      'nearly 6.5 million people',
      'Paid for another place',
      'Insured place changed',
    ],
  ] as const)(
    'labels both counts with their qualifiers in %s',
    (lang, away, moved, awayName, movedName) => {
      const { container } = draw(lang)
      const awayMark = container.querySelector('[data-figure="away-people"]')
      const movedMark = container.querySelector('[data-figure="moved-people"]')
      expect(awayMark).toHaveTextContent(away)
      expect(awayMark).toHaveTextContent(awayName)
      expect(movedMark).toHaveTextContent(moved)
      expect(movedMark).toHaveTextContent(movedName)
    },
  )

  it('draws the two bars to one scale: 6.5 million against 110 million', () => {
    const { container } = draw('zh')
    const away = bar(container, 'away-people')
    const moved = bar(container, 'moved-people')
    expect(away.x).toBe(moved.x)
    // 近 stops the bar a pixel or two short of its value; the ratio stays within 10 %.
    const ratio = moved.width / away.width
    expect(ratio).toBeGreaterThan((6.5 / 110) * 0.9)
    expect(ratio).toBeLessThan(6.5 / 110)
    expect(away.width).toBeGreaterThan(size.width / 2)
  })

  it('ends "nearly" just short of a tick at the stated value', () => {
    const { container } = draw('en')
    const moved = bar(container, 'moved-people')
    const away = bar(container, 'away-people')
    const tick = container.querySelector('[data-figure="moved-people"] [data-mark="stated-value"]')
    const tickX = Number(tick?.getAttribute('x1'))
    expect(moved.x + moved.width).toBeLessThan(tickX)
    expect(moved.x + moved.width).toBeGreaterThan(tickX - 4)
    // The tick sits exactly at 6.5 million on the axis the 110 million bar uses.
    expect((tickX - moved.x) / away.width).toBeCloseTo(6.5 / 110, 3)
  })

  it('draws the lower bound open-ended and only the lower bound', () => {
    const { container } = draw('zh')
    expect(
      container.querySelector('[data-figure="away-people"] [data-mark="open-end"]'),
    ).not.toBeNull()
    expect(
      container.querySelector('[data-figure="moved-people"] [data-mark="open-end"]'),
    ).toBeNull()
    expect(
      container.querySelector('[data-figure="away-people"] [data-mark="stated-value"]'),
    ).toBeNull()
  })

  it('makes the highlighted bar stronger', () => {
    const { container } = draw('zh', 'moved-people')
    expect(bar(container, 'moved-people').rect.getAttribute('stroke-width')).toBe('3')
    expect(bar(container, 'away-people').rect.getAttribute('stroke-width')).toBe('0')
  })

  /** The axis's tick labels: the texts that are a number alone, with its compact word. */
  const ticks = (container: HTMLElement) =>
    texts(container).filter((t) => /^[\d,.]+(万|亿| million| billion)?$/.test(t))

  it.each([
    ['zh', 'compact', /^\d+(\.\d+)?(万|亿)?$/, '超1.1亿人'],
    ['zh', 'full', /^\d{1,3}(,\d{3})*$/, '超110,000,000人'],
    ['en', 'compact', /^\d+(\.\d+)?( million)?$/, 'more than 110 million people'],
    ['en', 'full', /^\d{1,3}(,\d{3})*$/, 'more than 110,000,000 people'],
  ] as const)('writes ticks and values in %s, %s digits', (lang, mode, tick, away) => {
    const { container } = draw(lang, null, mode)
    const drawn = ticks(container)
    expect(drawn[0]).toBe('0')
    expect(drawn.length).toBeGreaterThanOrEqual(3)
    for (const text of drawn) expect(text).toMatch(tick)
    expect(container.querySelector('[data-figure="away-people"]')).toHaveTextContent(away)
    if (mode === 'full')
      for (const text of texts(container)) expect(text).not.toMatch(/[万亿]|million/)
  })

  it('ends its axis at the first nice tick at or past the longest bar, from the data', () => {
    const { container } = draw('zh', null, 'full')
    const values = ticks(container).map((t) => Number(t.replace(/,/g, '')))
    const step = (values[1] ?? 0) - (values[0] ?? 0)
    expect(values.at(-1)).toBeGreaterThanOrEqual(110_000_000)
    expect((values.at(-1) ?? 0) - step).toBeLessThan(110_000_000)
    // Every step is the same nice step: 1, 2, 2.5 or 5 times a power of ten.
    for (const [i, v] of values.entries()) expect(v).toBe(i * step)
    expect(step / 10 ** Math.floor(Math.log10(step))).toBeOneOf([1, 2, 2.5, 5])
  })

  it.each([
    ['zh', ['超1.1亿人', '下限', '近650万人', '略少于', '同一条']],
    [
      'en',
      [
        'more than 110 million people',
        'lower bound',
        'nearly 6.5 million people',
        'just under',
        'share one axis',
      ],
    ],
  ] as const)('describes what it draws in %s', (lang, parts) => {
    const text = awayFromHome.describe(rows, lang)
    for (const part of parts) expect(text).toContain(part)
  })

  it('states the claim, headline and sentences', () => {
    expect(awayFromHome.caption(rows, 'zh')).toContain('超1.1亿人')
    expect(awayFromHome.caption(rows, 'zh')).toContain('近650万人')
    expect(awayFromHome.caption(rows, 'en')).toContain('nearly 6.5 million people')
    expect(awayFromHome.headline(rows, 'zh')).toBe('超1.1亿人')
    expect(awayFromHome.headline(rows, 'en')).toBe('more than 110 million people')
    expect(awayFromHome.sentenceIds.slice(0, 2)).toEqual(['away-2021', 'moved-2021'])
    expect(awayFromHome.figureIds).toEqual(['away-people', 'moved-people'])
  })

  it.each([
    { width: 4, height: 2 },
    { width: 40, height: 20 },
  ])('draws no negative sizes while a card is measured at $width × $height', (tiny) => {
    const { Chart } = awayFromHome
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
    for (const rect of container.querySelectorAll('rect')) {
      expect(Number(rect.getAttribute('width'))).toBeGreaterThanOrEqual(0)
      expect(Number(rect.getAttribute('height'))).toBeGreaterThanOrEqual(0)
    }
  })
})
