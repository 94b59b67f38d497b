import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { sentenceTexts } from '../../src/charts/figureRows'
import { textWidth } from '../../src/charts/kit/text'
import { paymentTimes } from '../../src/charts/paymentTimes'
import type { Surface } from '../../src/charts/spec'
import type { NumberMode } from '../../src/i18n/format'
import type { Lang } from '../../src/i18n/lang'
import { realReport } from '../realData'
import { CardChart } from './withTooltips'

const report = realReport()
const rows = paymentTimes.rows(report)
const size = { width: 560, height: 672 }

/** The chart drawn at a size on a surface, once Recharts has drawn its marks (in effects). */
async function drawAt(
  width: number,
  height: number,
  surface: Surface,
  lang: Lang,
  { highlight = null, mode = 'compact' }: { highlight?: string | null; mode?: NumberMode } = {},
) {
  const sentences = sentenceTexts(report, lang)
  const { container } = render(
    <CardChart
      spec={paymentTimes}
      rows={rows}
      size={{ width, height }}
      lang={lang}
      mode={mode}
      surface={surface}
      highlight={highlight}
      sentences={sentences}
    />,
  )
  if (width > 40 && height > 40)
    await waitFor(() => {
      expect(container.querySelector('[data-hour="18"]')).not.toBeNull()
      expect(container.querySelector('[data-figure="working-hours-share"]')).not.toBeNull()
    })
  return container
}

/** A card of the given width (the card's aspect gives its height). */
const draw = (
  lang: Lang,
  options: { highlight?: string | null; mode?: NumberMode; width?: number } = {},
) => {
  const width = options.width ?? size.width
  return drawAt(width, Math.round(width * paymentTimes.aspect), 'card', lang, options)
}

const part = (root: Element, figure: string) => {
  const node = root.querySelector(`[data-figure="${figure}"]`)
  if (!node) throw new Error(`nothing drawn for ${figure}`)
  return node
}

/** The chart's drawings: the share bar, the hour strip, the halls (each its own <svg>). */
const panels = (root: Element) =>
  [...root.querySelectorAll('svg')].filter((s) => !s.parentElement?.closest('svg'))

/** What the texts of the drawing read, as a reader sees them (tick labels included). */
const texts = (root: Element) =>
  [...root.querySelectorAll('svg text')]
    .filter((t) => !t.parentElement?.closest('text'))
    .map((t) => t.textContent ?? '')

describe('payment times chart', () => {
  it('takes its six figures from the report, in order', () => {
    expect(rows.map((f) => [f.id, f.value, f.qualifier])).toEqual([
      ['off-hours-share', 41.2, 'exact'],
      ['working-hours-share', 58.8, 'exact'],
      ['peak-hour-start', 18, 'exact'],
      ['peak-hour-end', 19, 'exact'],
      ['peak-hour-payments', 150000, 'about'],
      ['peak-hour-halls', 600, 'exact'],
    ])
  })

  it('loads its drawing (and Recharts) on demand, not with the page', () => {
    expect((paymentTimes.Chart as unknown as { $$typeof: symbol }).$$typeof).toBe(
      Symbol.for('react.lazy'),
    )
  })

  it('draws three panels, each its own svg, that fill the given size together', async () => {
    const root = await draw('zh')
    const svgs = panels(root)
    expect(svgs).toHaveLength(3)
    for (const svg of svgs) expect(Number(svg.getAttribute('width'))).toBe(size.width)
    const heights = svgs.map((s) => Number(s.getAttribute('height')))
    expect(heights.reduce((a, b) => a + b, 0)).toBeCloseTo(size.height, 0)
  })

  it.each([
    [
      'zh',
      ['41.2%', '非上班时间', '18–19点', '每天平均约15万笔', '相当于600个办事大厅一天的办件量'],
    ],
    [
      'en',
      [
        '41.2%',
        'outside working hours',
        '18:00–19:00',
        'about 150,000 payments a day',
        "600 service halls' daily workload",
      ],
    ],
  ] as const)('draws the stated values with their qualifiers (%s)', async (lang, expected) => {
    const text = texts(await draw(lang)).join(' ')
    for (const t of expected) expect(text).toContain(t)
    expect(part(await draw(lang), 'peak-hour-payments').getAttribute('data-qualifier')).toBe(
      'about',
    )
  })

  it.each([
    ['zh', '（推算）', '上班时间'],
    ['en', ' (derived)', 'working hours'],
  ] as const)(
    'hatches the derived working-hours share and labels it (%s)',
    async (lang, mark, name) => {
      const root = await draw(lang)
      const derived = part(root, 'working-hours-share')
      expect(derived.getAttribute('data-derived')).toBe('true')
      const bar = derived.querySelector('rect')
      expect(bar?.getAttribute('fill')).toMatch(/^url\(#.+-hatch-muted\)$/)
      // The pattern the bar points at exists in the bar's own svg.
      const patternId = bar?.getAttribute('fill')?.slice(5, -1) ?? ''
      expect(derived.closest('svg')?.querySelector(`pattern[id="${patternId}"]`)).not.toBeNull()
      expect(derived.textContent).toContain(`58.8%${mark}`)
      expect(derived.textContent).toContain(name)
      // The stated share is solid, not hatched, and the two parts fill the bar: 100 % together.
      const stated = part(root, 'off-hours-share').querySelector('rect')
      expect(stated?.getAttribute('fill')).not.toMatch(/url/)
      const width = (r: Element | null | undefined) => Number(r?.getAttribute('width'))
      expect(width(stated) / (width(stated) + width(bar))).toBeCloseTo(0.412, 3)
    },
  )

  it('shows the working-hours formula where the bar leaves room for it', async () => {
    expect(part(await draw('zh'), 'working-hours-share').textContent).toContain(
      '上班时间 = 100% − 41.2%',
    )
    expect(part(await draw('en'), 'working-hours-share').textContent).toContain(
      'working hours = 100% − 41.2%',
    )
  })

  it.each(['zh', 'en'] as const)(
    'marks exactly one hour, 18 to 19, on a 24-hour axis; the rest is not stated (%s)',
    async (lang) => {
      const root = await draw(lang)
      const hours = [...root.querySelectorAll('[data-hour]')]
      expect(hours.map((h) => Number(h.getAttribute('data-hour'))).sort((a, b) => a - b)).toEqual(
        Array.from({ length: 24 }, (_, h) => h),
      )
      const marked = hours.filter((h) => h.getAttribute('data-stated') === 'true')
      expect(marked.map((h) => h.getAttribute('data-hour'))).toEqual(['18'])
      expect(part(root, 'peak-hour-start').getAttribute('data-hours')).toBe('18-19')
      // Unmarked hours all look alike: nothing about them is invented.
      const fills = new Set(
        hours.filter((h) => !marked.includes(h)).map((h) => h.getAttribute('fill')),
      )
      expect(fills.size).toBe(1)
      expect(marked[0]?.getAttribute('fill')).not.toBe([...fills][0])
      // The stated hour lies between 18 and 19 on the axis: its cell follows the 17th.
      const x = (h: string) => Number(root.querySelector(`[data-hour="${h}"]`)?.getAttribute('x'))
      const step = x('1') - x('0')
      expect(x('18') - x('17')).toBeCloseTo(step, 1)
      expect(x('19') - x('18')).toBeCloseTo(step, 1)
      const text = texts(root)
      expect(text.join(' ')).toContain(lang === 'zh' ? '其他时段：文中未说明' : 'not stated')
      // The axis runs from 0 to 24.
      for (const t of lang === 'zh' ? ['0点', '24点'] : ['00:00', '24:00'])
        expect(text).toContain(t)
    },
  )

  it.each([
    ['zh', 324, ['0点', '6点', '12点', '18点', '24点']],
    ['en', 324, ['00:00', '06:00', '12:00', '18:00', '24:00']],
    ['zh', 694, ['0点', '3点', '6点', '9点', '12点', '15点', '18点', '21点', '24点']],
  ] as const)(
    'ticks the hours as often as their labels fit (%s, %i px)',
    async (lang, width, ticks) => {
      const root = await draw(lang, { width })
      const strip = part(root, 'peak-hour-start').closest('svg') as Element
      const hourTicks = texts(strip).filter((t) => /^\d\d?(点|:00)$/.test(t) && !t.includes('–'))
      expect(hourTicks).toEqual(ticks)
    },
  )

  it.each([
    ['zh', 'compact', ['约15万笔'], []],
    ['zh', 'full', ['约150,000笔'], ['万', '亿']],
    ['en', 'full', ['about 150,000 payments'], ['million']],
  ] as const)(
    "writes every number of the drawing in the reader's mode (%s, %s)",
    async (lang, mode, present, absent) => {
      const root = await draw(lang, { mode })
      const all = texts(root).join(' ')
      for (const t of present) expect(all).toContain(t)
      for (const t of absent) expect(all).not.toContain(t)
      // The share axis runs 0–100 % in ticks the kit chose.
      expect(texts(root)).toContain('0%')
      expect(texts(root)).toContain('100%')
    },
  )

  it.each([324, 560])('draws 600 hall units in full rows at width %i', async (width) => {
    const root = await draw('zh', { width })
    const halls = part(root, 'peak-hour-halls')
    const units = unitSquares(halls)
    expect(units).toHaveLength(600)
    const xs = new Set(units.map((u) => u.x))
    const ys = new Set(units.map((u) => u.y))
    expect(xs.size * ys.size).toBe(600)
    // Every unit is a square of at least 2 px that stays inside its panel.
    const svg = halls.closest('svg')
    for (const u of units) {
      expect(u.x + u.side).toBeLessThanOrEqual(width)
      expect(u.y + u.side).toBeLessThanOrEqual(Number(svg?.getAttribute('height')))
      expect(u.side).toBeGreaterThanOrEqual(2)
    }
  })

  it('lays the halls out by the room they have: wide under a card, tall beside a slide', async () => {
    const grid = (root: Element) => {
      const units = unitSquares(part(root, 'peak-hour-halls'))
      return {
        columns: new Set(units.map((u) => u.x)).size,
        rows: new Set(units.map((u) => u.y)).size,
      }
    }
    const card = grid(await draw('zh'))
    expect(card.columns).toBeGreaterThan(card.rows)
    const slide = grid(await drawAt(659, 440, 'slide', 'zh'))
    expect(slide.columns).toBeLessThan(card.columns)
  })

  it.each([
    ['peak-hour-halls', 'halls'],
    ['off-hours-share', 'share'],
    ['peak-hour-start', 'hour'],
  ])('outlines what a reader points at in the article (%s)', async (id) => {
    const lit = await draw('zh', { highlight: id })
    const plain = await draw('zh')
    const outlined = (root: Element) =>
      [...part(root, id).querySelectorAll('rect')].some(
        (r) => r.getAttribute('stroke-width') === '3',
      )
    expect(outlined(lit)).toBe(true)
    expect(outlined(plain)).toBe(false)
  })

  it("shows both shares, the formula and the sentence once in the share bar's tooltip, from the keyboard", async () => {
    const root = await draw('zh')
    const chart = screen.getByRole('group')
    chart.focus()
    // The first figure: the share bar's first part.
    fireEvent.keyDown(chart, { key: 'ArrowRight' })
    const tip = await waitFor(() => {
      const node = root.querySelector('[data-tooltip-figure="off-hours-share working-hours-share"]')
      if (!node) throw new Error('no tooltip yet')
      return node
    })
    expect(tip.textContent).toContain('41.2%')
    expect(tip.textContent).toContain('58.8% · 推算')
    expect(tip.textContent).toContain('100% − 41.2% = 58.8%')
    expect(tip.querySelectorAll('blockquote')).toHaveLength(1)
    expect(tip.querySelector('blockquote')?.textContent).toContain('非上班时间用微信支付缴费')
  })

  it.each([
    ['zh', '约15万笔 · 近似值', '18-19点是这个时期的用户选择最多的缴费时间'],
    ['en', 'about 150,000 payments · approximate', 'the one users chose most often'],
  ] as const)(
    "quotes the sentence in the busiest hour's tooltip, from the keyboard (%s)",
    async (lang, value, sentence) => {
      const root = await draw(lang)
      const chart = screen.getByRole('group')
      chart.focus()
      // → past the two shares to the busiest hour.
      const shown = () => root.querySelector('[data-tooltip-figure="peak-hour-payments"]')
      for (let i = 0; i < 6 && !shown(); i++) {
        fireEvent.keyDown(chart, { key: 'ArrowRight' })
        await waitFor(() => expect(root.querySelector('.mark-tooltip')).not.toBeNull())
      }
      const tip = shown()
      if (!tip) throw new Error("the keys never reached the busiest hour's tooltip")
      expect(tip.textContent).toContain(lang === 'zh' ? '18–19点' : '18:00–19:00')
      expect(tip.textContent).toContain(value)
      expect(tip.querySelector('blockquote')?.textContent).toContain(sentence)
    },
  )

  it.each([
    ['zh', '41.2%', ['约15万笔', '58.8%（推算）', '18–19点', '600个小方块']],
    ['en', '41.2%', ['about 150,000 payments', '58.8% (derived)', '18:00–19:00', '600 small']],
  ] as const)(
    'caption, headline and description carry the qualifiers (%s)',
    (lang, headline, expected) => {
      expect(paymentTimes.headline(rows, lang)).toBe(headline)
      const caption = paymentTimes.caption(rows, lang)
      expect(caption).toContain(lang === 'zh' ? '约15万笔' : 'about 150,000 payments')
      expect(caption).toContain(lang === 'zh' ? '600个办事大厅' : '600 service halls')
      const text = paymentTimes.describe(rows, lang)
      for (const t of expected) expect(text).toContain(t)
      expect(text).toMatch(lang === 'zh' ? /文中未说明/ : /does not say/)
    },
  )

  it.each(['zh', 'en'] as const)('caption and description follow the number mode (%s)', (lang) => {
    for (const text of [
      paymentTimes.caption(rows, lang, 'full'),
      paymentTimes.describe(rows, lang, 'full'),
    ]) {
      expect(text).toContain('150,000')
      expect(text).not.toMatch(/万|亿|million/)
    }
    expect(paymentTimes.caption(rows, 'zh', 'compact')).toContain('约15万笔')
  })

  it('names its figures and sentences for links from the article', () => {
    expect(paymentTimes.sentenceIds).toEqual(['off-hours', 'peak-hour'])
    expect(paymentTimes.figureIds).toEqual(rows.map((f) => f.id))
    expect(paymentTimes.legend(rows, 'en').map((i) => i.pattern ?? 'solid')).toContain('hatch')
  })
})

describe('payment times at any size', () => {
  it.each([
    [0, 0, 'card'],
    [17, 20, 'card'],
    [200, 240, 'card'],
    [1600, 900, 'slide'],
  ] as const)('draws no negative size at %i × %i (%s)', async (w, h, surface) => {
    const container = await drawAt(w, h, surface, 'en')
    const negative = [...container.querySelectorAll('rect, svg')].filter(
      (r) => Number(r.getAttribute('width')) < 0 || Number(r.getAttribute('height')) < 0,
    )
    expect(negative).toEqual([])
  })
})

/** Each top-level text of a panel with its box, in the panel's own coordinates. */
function textBoxes(svg: Element) {
  return [...svg.querySelectorAll('text')]
    .filter((t) => !t.parentElement?.closest('text'))
    .map((t) => {
      const content = t.textContent ?? ''
      const fontSize = Number(t.getAttribute('font-size'))
      // A tspan of its own size (the derived mark) is measured at that size.
      const width = [...t.childNodes].reduce((sum, node) => {
        const own = node instanceof Element ? Number(node.getAttribute('font-size')) : 0
        return sum + textWidth(node.textContent ?? '', own || fontSize)
      }, 0)
      const x = Number(t.getAttribute('x'))
      const anchor = t.getAttribute('text-anchor')
      const left = anchor === 'middle' ? x - width / 2 : anchor === 'end' ? x - width : x
      return { content, fontSize, left, right: left + width, y: Number(t.getAttribute('y')) }
    })
}

it.each([
  [1280, 352, 'slide', 'zh'],
  [659, 440, 'slide', 'zh'],
  [659, 440, 'slide', 'en'],
  [659, 520, 'slide', 'en'],
  [560, 672, 'card', 'zh'],
  [324, 389, 'card', 'en'],
  [694, 833, 'card', 'en'],
] as const)(
  'keeps every label inside its panel, at 11 px or more, at %i × %i (%s, %s)',
  async (w, h, surface, lang) => {
    const container = await drawAt(w, h, surface, lang)
    const svgs = panels(container)
    expect(svgs).toHaveLength(3)
    for (const svg of svgs) {
      const width = Number(svg.getAttribute('width'))
      const height = Number(svg.getAttribute('height'))
      for (const t of textBoxes(svg)) {
        expect(t.left, t.content).toBeGreaterThanOrEqual(0)
        expect(t.right, t.content).toBeLessThanOrEqual(width)
        expect(t.y, t.content).toBeLessThanOrEqual(height)
        expect(t.fontSize, t.content).toBeGreaterThanOrEqual(surface === 'slide' ? 18 : 11)
      }
    }
    expect(unitSquares(container)).toHaveLength(600)
  },
)

it.each([
  [659, 440, 'slide', 'zh'],
  [659, 520, 'slide', 'en'],
  [1280, 352, 'slide', 'en'],
  [340, 408, 'card', 'en'],
] as const)(
  'wraps the halls heading and key within their panel at %i × %i (%s, %s)',
  async (w, h, surface, lang) => {
    const container = await drawAt(w, h, surface, lang)
    const halls = part(container, 'peak-hour-halls')
    const svg = halls.closest('svg') as Element
    const squares = unitSquares(container)
    const lines = textBoxes(svg)
    expect(lines.length).toBeGreaterThanOrEqual(2)
    const words = lines.map((t) => t.content).join('')
    expect(words.replace(/\s/g, '')).toContain(
      lang === 'zh' ? '相当于600个办事大厅一天的办件量' : '600',
    )
    for (const line of lines) {
      expect(line.right, line.content).toBeLessThanOrEqual(Number(svg.getAttribute('width')))
      // Every line stays above the squares.
      expect(line.y).toBeLessThan(Math.min(...squares.map((u) => u.y)))
    }
    expect(Math.min(...squares.map((u) => u.x))).toBeGreaterThanOrEqual(0)
  },
)

it('slides put the halls beside the share bar and the hour strip', async () => {
  const container = await drawAt(1280, 352, 'slide', 'zh')
  const svgs = panels(container)
  const halls = part(container, 'peak-hour-halls').closest('svg')
  const others = svgs.filter((s) => s !== halls)
  const widthOf = (s: Element | null | undefined) => Number(s?.getAttribute('width'))
  expect(widthOf(halls) + widthOf(others[0])).toBe(1280)
  expect(Number(halls?.getAttribute('height'))).toBe(352)
})

it("draws the halls on the server too (Recharts panels draw in the prerender's DOM)", async () => {
  const { renderToString } = await import('react-dom/server')
  const { Chart } = paymentTimes
  const html = renderToString(
    <Chart
      rows={rows}
      size={size}
      lang="zh"
      mode="compact"
      surface="card"
      highlight={null}
      sentences={new Map()}
    />,
  )
  const drawn = document.createElement('div')
  drawn.innerHTML = html
  expect(unitSquares(drawn)).toHaveLength(600)
})

/** The hall units, drawn as one path of squares: "M x y h side v side h -side z" each. */
function unitSquares(root: Element): { x: number; y: number; side: number }[] {
  const d = root.querySelector('path[data-unit-squares]')?.getAttribute('d') ?? ''
  const squares = [...d.matchAll(/M(-?[\d.]+) (-?[\d.]+)h([\d.]+)v([\d.]+)h-([\d.]+)z/g)]
  // The pattern covers the whole path: nothing else is drawn in it.
  expect(squares.map((m) => m[0]).join('')).toBe(d)
  return squares.map(([, x, y, side, down, back]) => {
    expect([down, back]).toEqual([side, side])
    return { x: Number(x), y: Number(y), side: Number(side) }
  })
}
