import { fireEvent, render, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ageShares } from '../../src/charts/ageShares'
import { sentenceTexts } from '../../src/charts/figureRows'
import { textWidth } from '../../src/charts/kit/text'
import type { ChartSize, Surface } from '../../src/charts/spec'
import type { Figure } from '../../src/data/schema'
import type { NumberMode } from '../../src/i18n/format'
import type { Lang } from '../../src/i18n/lang'
import { realReport } from '../realData'
import { CardChart } from './withTooltips'

const report = realReport()
const rows = ageShares.rows(report)
const card = { width: 694, height: Math.round(694 * ageShares.aspect) }
const phone = { width: 324, height: Math.round(324 * ageShares.aspect) }

type Options = {
  lang?: Lang
  mode?: NumberMode
  highlight?: string | null
  size?: ChartSize
  surface?: Surface
  data?: readonly Figure[]
}

/** The chart as a card draws it; Recharts draws its marks in effects, so wait for them. */
async function draw({
  lang = 'zh',
  mode = 'compact',
  highlight = null,
  size = card,
  surface = 'card',
  data = rows,
}: Options = {}) {
  const sentences = sentenceTexts(report, lang)
  const view = render(
    <CardChart
      spec={ageShares}
      rows={data}
      size={size}
      lang={lang}
      mode={mode}
      surface={surface}
      highlight={highlight}
      sentences={sentences}
    />,
  )
  await waitFor(() => expect(view.container.querySelector('[data-figure]')).not.toBeNull())
  return view.container
}

function mark(container: HTMLElement, id: string) {
  const node = container.querySelector(`[data-figure="${id}"]`)
  if (!node) throw new Error(`nothing drawn for ${id}`)
  return node
}

const num = (node: Element | null | undefined, attribute: string) =>
  Number(node?.getAttribute(attribute))

function bar(container: HTMLElement, id: string) {
  const rect = mark(container, id).querySelector('rect[data-mark="bar"]')
  return {
    rect,
    x: num(rect, 'x'),
    y: num(rect, 'y'),
    width: num(rect, 'width'),
    height: num(rect, 'height'),
  }
}

/** Every text of the drawing (bars, brackets and axis alike). */
const texts = (container: HTMLElement) =>
  [...container.querySelectorAll('svg text')].map((t) => t.textContent?.trim() ?? '')

/** The value axis: the texts outside every figure's marks that are only a percentage. */
const ticks = (container: HTMLElement) =>
  [...container.querySelectorAll('svg text')]
    .filter((t) => !t.closest('[data-figure]'))
    .map((t) => t.textContent?.trim() ?? '')
    .filter((t) => /^[\d,.]+%$/.test(t))

const shares = ['age-80s-share', 'age-70s-share', 'age-90s-share', 'age-other-share']

// Some tests draw the chart two or three times: Recharts in jsdom is slow on a busy machine.
describe('age-shares chart', { timeout: 20_000 }, () => {
  it.each([
    [
      'zh',
      [
        ['80后', '32%', '第一'],
        ['70后', '26%', '第二'],
        ['90后', '24%', '第三'],
        ['其他年龄段', '18%', ''],
      ],
    ],
    [
      'en',
      [
        ['Born in the 1980s', '32%', '1st'],
        ['Born in the 1970s', '26%', '2nd'],
        ['Born in the 1990s', '24%', '3rd'],
        ['All other cohorts', '18%', ''],
      ],
    ],
  ] as const)(
    'draws the cohorts in the article order with values and ranks in %s',
    async (lang, expected) => {
      const container = await draw({ lang })
      const drawn = [...container.querySelectorAll('g[data-figure$="-share"]')].map((g) =>
        g.getAttribute('data-figure'),
      )
      expect(drawn).toEqual(shares)
      // Top to bottom, in the article's order.
      const ys = shares.map((id) => bar(container, id).y)
      expect([...ys].sort((a, b) => a - b)).toEqual(ys)
      shares.forEach((id, i) => {
        const [name, value, rank] = expected[i] ?? []
        expect(mark(container, id)).toHaveTextContent(name ?? '')
        expect(mark(container, id).querySelector('[data-mark="value"]')).toHaveTextContent(
          value ?? '',
        )
        if (rank) {
          const tag = mark(container, id.replace('-share', '-rank'))
          expect(tag).toHaveTextContent(rank)
          // The rank stands after the cohort's name, inside its bar's group.
          expect(mark(container, id).contains(tag)).toBe(true)
        }
      })
      expect(container.querySelector('[data-figure="age-other-rank"]')).toBeNull()
    },
  )

  it.each([
    ['zh', '（推算）'],
    ['en', '(derived)'],
  ] as const)('labels and hatches exactly the derived bars in %s', async (lang, word) => {
    const container = await draw({ lang })
    for (const id of shares) {
      const derived = id === 'age-90s-share' || id === 'age-other-share'
      const g = mark(container, id)
      const fill = bar(container, id).rect?.getAttribute('fill') ?? ''
      expect(g.getAttribute('data-derived')).toBe(String(derived))
      expect(/^url\(#age-shares-card-694-hatch-/.test(fill)).toBe(derived)
      expect(g.querySelector('[data-mark="value"]')?.textContent?.includes(word.trim())).toBe(
        derived,
      )
      // Every hatch a bar names is defined in the drawing.
      if (derived) expect(container.querySelector(fill.slice(4, -1))).not.toBeNull()
    }
    // The remainder keeps its own, muted colour: it is not a cohort the article ranks.
    expect(bar(container, 'age-other-share').rect?.getAttribute('fill')).toContain('hatch-muted')
    expect(bar(container, 'age-90s-share').rect?.getAttribute('fill')).toContain('hatch-primary')
  })

  it('draws the shares to scale and agrees with the formulas of the derived ones', async () => {
    const container = await draw()
    const w = Object.fromEntries(shares.map((id) => [id, bar(container, id).width]))
    expect((w['age-70s-share'] ?? 0) / (w['age-80s-share'] ?? 1)).toBeCloseTo(26 / 32, 2)
    expect((w['age-90s-share'] ?? 0) / (w['age-80s-share'] ?? 1)).toBeCloseTo(24 / 32, 2)
    expect((w['age-other-share'] ?? 0) / (w['age-80s-share'] ?? 1)).toBeCloseTo(18 / 32, 2)
    const value = (id: string) => rows.find((f) => f.id === id)?.value
    expect(value('age-90s-share')).toBe(
      (value('age-70s-share') ?? 0) - (value('age-70s-lead') ?? 0),
    )
    expect(value('age-other-share')).toBe(
      100 -
        (value('age-80s-share') ?? 0) -
        (value('age-70s-share') ?? 0) -
        (value('age-90s-share') ?? 0),
    )
  })

  it.each([
    ['zh', 'compact', ['0%', '10%', '20%', '30%', '40%']],
    ['en', 'full', ['0%', '10%', '20%', '30%', '40%']],
  ] as const)(
    'takes its percent axis from the data in %s (%s digits)',
    async (lang, mode, expected) => {
      const container = await draw({ lang, mode })
      expect(ticks(container)).toEqual(expected)
      // The axis ends at the nice step above the largest share: a larger share, a longer axis.
      const larger = rows.map((f) => (f.id === 'age-80s-share' ? { ...f, value: 52 } : f))
      const grown = await draw({ lang, mode, data: larger })
      expect(ticks(grown).at(-1)).toBe('60%')
      expect(bar(grown, 'age-80s-share').width).toBeGreaterThan(
        bar(container, 'age-80s-share').width,
      )
    },
  )

  it.each(['zh', 'en'] as const)(
    'writes no 万, 亿 or million in full digits in %s',
    async (lang) => {
      const container = await draw({ lang, mode: 'full' })
      expect(texts(container).length).toBeGreaterThan(10)
      for (const text of texts(container)) expect(text).not.toMatch(/万|亿|million|billion/)
    },
  )

  it('has fewer ticks on a phone than on a slide, never colliding', async () => {
    const narrow = ticks(await draw({ size: { width: 160, height: 240 } }))
    const wide = ticks(await draw({ size: { width: 1000, height: 400 }, surface: 'slide' }))
    expect(narrow.length).toBeLessThan(wide.length)
    expect(narrow.at(0)).toBe('0%')
  })

  /** The lead bracket's path: its x from the 90后 end to the 70后 end, and its row. */
  function bracket(container: HTMLElement) {
    const lead = mark(container, 'age-70s-lead')
    const d = lead.querySelector('[data-mark="lead"]')?.getAttribute('d') ?? ''
    const xs = [...d.matchAll(/[MH]([\d.]+)/g)].map((m) => Number(m[1]))
    const ys = [...d.matchAll(/V([\d.]+)/g)].map((m) => Number(m[1]))
    const label = lead.querySelector('text')
    return { lead, xs, row: Math.max(...ys), label }
  }

  it.each([
    ['zh', '70后领先2个百分点'],
    ['en', '1970s lead by 2 percentage points'],
  ] as const)(
    'spans the 2-point lead between the 90后 and 70后 bar ends in %s',
    async (lang, label) => {
      const container = await draw({ lang })
      const b = bracket(container)
      expect(b.lead).toHaveTextContent(label)
      expect(b.lead.getAttribute('data-value')).toBe('2')
      const b90 = bar(container, 'age-90s-share')
      const b70 = bar(container, 'age-70s-share')
      // From the chart's own scale: where the bars end.
      expect(b.xs[0]).toBeCloseTo(b90.x + b90.width, 1)
      expect(b.xs[1]).toBeCloseTo(b70.x + b70.width, 1)
      // In the gap between the two bars.
      expect(b.row).toBeGreaterThan(b70.y + b70.height)
      expect(b.row).toBeLessThan(b90.y)
    },
  )

  it('keeps the lead label inside a phone card, clear of the bars, shortened to the amount', async () => {
    const container = await draw({ lang: 'en', size: phone })
    const { label, row } = bracket(container)
    expect(label).toHaveTextContent(/^2 percentage points$/)
    const fontSize = num(label, 'font-size')
    const x = num(label, 'x')
    const width = textWidth(label?.textContent ?? '', fontSize)
    const [left, right] =
      label?.getAttribute('text-anchor') === 'end' ? [x - width, x] : [x, x + width]
    expect(left).toBeGreaterThanOrEqual(0)
    expect(right).toBeLessThanOrEqual(phone.width)
    // Below the 70后 bar and its value, above the 90后 bar's name (13 px type, on the bar).
    const b70 = bar(container, 'age-70s-share')
    const b90 = bar(container, 'age-90s-share')
    expect(row - fontSize / 2).toBeGreaterThanOrEqual(
      Math.max(b70.y + b70.height, b70.y + b70.height / 2 + 13 * 0.6),
    )
    expect(row + fontSize / 2).toBeLessThanOrEqual(b90.y - 13 * 1.4)
  })

  it('keeps the full lead label on a Chinese phone card', async () => {
    const container = await draw({ lang: 'zh', size: phone })
    expect(bracket(container).label).toHaveTextContent('70后领先2个百分点')
  })

  /** Points at a bar as a mouse does. */
  function hover(container: HTMLElement, id: string) {
    const drawn = container.querySelector(`[data-figure="${id}"] rect`)
    if (!drawn) throw new Error(`no bar drawn for ${id}`)
    fireEvent.pointerOver(drawn, { pointerType: 'mouse' })
  }

  const tooltip = (container: HTMLElement) => container.querySelector('[data-tooltip-figure]')

  it.each([
    ['zh', '24% · 推算', '推算：70后用户占比 − 70后领先90后 = 26% − 2个百分点 = 24%'],
    [
      'en',
      '24% · derived',
      'Derived: share of users born in the 1970s − lead of the 1970s cohort over the 1990s cohort = 26% − 2 percentage points = 24%',
    ],
  ] as const)(
    'shows the formula of a derived bar in its tooltip in %s',
    async (lang, value, formula) => {
      const container = await draw({ lang })
      expect(tooltip(container)).toBeNull()
      hover(container, 'age-90s-share')
      await waitFor(() =>
        expect(tooltip(container)?.getAttribute('data-tooltip-figure')).toBe('age-90s-share'),
      )
      expect(tooltip(container)).toHaveTextContent(value)
      expect(tooltip(container)).toHaveTextContent(formula)
      // The article's sentence that states it.
      expect(tooltip(container)).toHaveTextContent(
        lang === 'zh' ? '领先第三位的90后' : 'ahead of those born in the 1990s',
      )
      hover(container, 'age-other-share')
      await waitFor(() =>
        expect(tooltip(container)?.getAttribute('data-tooltip-figure')).toBe('age-other-share'),
      )
      expect(tooltip(container)).toHaveTextContent(
        lang === 'zh' ? '100% − 32% − 26% − 24% = 18%' : '100% − 32% − 26% − 24% = 18%',
      )
      hover(container, 'age-80s-share')
      await waitFor(() =>
        expect(tooltip(container)?.getAttribute('data-tooltip-figure')).toBe('age-80s-share'),
      )
      expect(tooltip(container)).toHaveTextContent('32%')
      expect(tooltip(container)?.querySelector('.chart-tooltip-note')).toBeNull()
    },
  )

  it("moves the tooltip from figure to figure with the keyboard, in the article's order", async () => {
    const container = await draw()
    const chart = container.querySelector('[role="group"][tabindex="0"]')
    if (!(chart instanceof HTMLElement)) throw new Error('the chart takes no focus')
    chart.focus()
    const shown = () => tooltip(container)?.getAttribute('data-tooltip-figure') ?? null
    expect(shown()).toBeNull()
    // Down with ↓ (and →) until the last figure: every figure drawn, each once.
    const reached: string[] = []
    for (let i = 0; i < 20 && reached.at(-1) !== 'age-other-share'; i++) {
      fireEvent.keyDown(chart, { key: i % 2 === 0 ? 'ArrowDown' : 'ArrowRight' })
      await waitFor(() => expect(shown()).not.toBe(reached.at(-1) ?? null))
      reached.push(shown() ?? '')
    }
    const drawn = new Set(
      [...container.querySelectorAll('[data-figure]')].map((m) => m.getAttribute('data-figure')),
    )
    expect(new Set(reached)).toEqual(drawn)
    expect(reached).toHaveLength(drawn.size)
    // The bars in the article's order, each before the figures drawn after it.
    expect(reached.filter((id) => shares.includes(id))).toEqual(shares)
    // Back with ↑ (and ←), to the first with Home; Escape hides the tooltip.
    fireEvent.keyDown(chart, { key: 'ArrowUp' })
    await waitFor(() => expect(shown()).toBe(reached.at(-2)))
    fireEvent.keyDown(chart, { key: 'Home' })
    await waitFor(() => expect(shown()).toBe('age-80s-share'))
    fireEvent.keyDown(chart, { key: 'Escape' })
    await waitFor(() => expect(shown()).toBeNull())
  })

  it('makes the highlighted figure stronger', async () => {
    const container = await draw({ highlight: 'age-80s-share' })
    expect(bar(container, 'age-80s-share').rect?.getAttribute('stroke-width')).toBe('3')
    expect(bar(container, 'age-70s-share').rect?.getAttribute('stroke-width')).toBe('0')
    const rank = await draw({ highlight: 'age-70s-rank' })
    expect(mark(rank, 'age-70s-rank').getAttribute('font-weight')).toBe('800')
    expect(mark(rank, 'age-80s-rank').getAttribute('font-weight')).toBe('400')
    const path = (c: HTMLElement) => bracket(c).lead.querySelector('[data-mark="lead"]')
    const lead = await draw({ highlight: 'age-70s-lead' })
    expect(path(lead)?.getAttribute('stroke-width')).toBe('3')
    expect(path(rank)?.getAttribute('stroke-width')).toBe('1.5')
  })

  it.each([
    [
      'zh',
      [
        '80后：32%，排名第一',
        '70后：26%，排名第二',
        '90后：24%，排名第三',
        '斜线填充',
        '其他年龄段：18%',
        '（0至40%）',
        '领先2个百分点',
      ],
    ],
    [
      'en',
      [
        'Born in the 1980s: 32%, ranked 1st',
        'Born in the 1990s: 24%, ranked 3rd',
        'Hatched. Derived: share of users born in the 1970s − lead of the 1970s cohort over the 1990s cohort = 26% − 2 percentage points = 24%.',
        'All other cohorts: 18%',
        '(0 to 40%)',
        'lead of 2 percentage points',
      ],
    ],
  ] as const)('describes every bar, rank, derivation and the lead in %s', (lang, parts) => {
    const text = ageShares.describe(rows, lang, 'full')
    for (const part of parts) expect(text).toContain(part)
  })

  it('states the claim and headline, and names every figure it draws', async () => {
    expect(ageShares.caption(rows, 'zh', 'full')).toContain('80后占32%，位居第一')
    expect(ageShares.caption(rows, 'en', 'compact')).toContain('2 percentage points ahead')
    expect(ageShares.headline(rows, 'zh', 'compact')).toBe('80后占32%')
    expect(ageShares.headline(rows, 'en', 'full')).toBe('1980s-born: 32%')
    expect(ageShares.sentenceIds).toEqual(['age-80s', 'age-70s-90s'])
    const container = await draw()
    for (const id of ageShares.figureIds)
      expect(container.querySelector(`svg [data-figure="${id}"]`)).not.toBeNull()
    expect(ageShares.legend(rows, 'zh').some((item) => item.pattern === 'hatch')).toBe(true)
  })

  it.each([
    { width: 4, height: 2 },
    { width: 40, height: 20 },
  ])('draws no negative sizes while a card is measured at $width × $height', async (tiny) => {
    const { Chart } = ageShares
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
    await new Promise((resolve) => setTimeout(resolve, 50))
    for (const rect of container.querySelectorAll('rect')) {
      expect(Number(rect.getAttribute('width'))).toBeGreaterThanOrEqual(0)
      expect(Number(rect.getAttribute('height'))).toBeGreaterThanOrEqual(0)
    }
  })
})
