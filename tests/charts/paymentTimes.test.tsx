import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { paymentTimes } from '../../src/charts/paymentTimes'
import type { Surface } from '../../src/charts/spec'
import { textWidth } from '../../src/charts/textLines'
import type { Lang } from '../../src/i18n/lang'
import { realReport } from '../realData'

const rows = paymentTimes.rows(realReport())
const size = { width: 560, height: 672 }

/** The chart drawn at a size on a surface; what it was drawn into. */
function drawAt(
  width: number,
  height: number,
  surface: Surface,
  lang: Lang,
  highlight: string | null = null,
) {
  const { Chart } = paymentTimes
  const { container } = render(
    <Chart
      rows={rows}
      size={{ width, height }}
      lang={lang}
      surface={surface}
      highlight={highlight}
    />,
  )
  return container
}

function draw(lang: Lang, highlight: string | null = null, width = size.width) {
  const height = Math.round(width * paymentTimes.aspect)
  const svg = drawAt(width, height, 'card', lang, highlight).querySelector('svg')
  if (!svg) throw new Error('no svg drawn')
  return svg
}

const part = (svg: SVGSVGElement, figure: string) => {
  const node = svg.querySelector(`[data-figure="${figure}"]`)
  if (!node) throw new Error(`nothing drawn for ${figure}`)
  return node
}

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
  ] as const)('draws the stated values with their qualifiers (%s)', (lang, texts) => {
    const text = draw(lang).textContent
    for (const t of texts) expect(text).toContain(t)
  })

  it.each([
    ['zh', '（推算）', '上班时间'],
    ['en', ' (derived)', 'working hours'],
  ] as const)('hatches the derived working-hours share and labels it (%s)', (lang, mark, name) => {
    const svg = draw(lang)
    const derived = part(svg, 'working-hours-share')
    expect(derived.getAttribute('data-derived')).toBe('true')
    const bar = derived.querySelector('rect')
    expect(bar?.getAttribute('fill')).toMatch(/^url\(#.+-hatch\)$/)
    // The pattern the bar points at exists in this SVG.
    const patternId = bar?.getAttribute('fill')?.slice(5, -1) ?? ''
    expect(svg.querySelector(`pattern[id="${patternId}"]`)).not.toBeNull()
    expect(derived.textContent).toContain(`58.8%${mark}`)
    expect(derived.textContent).toContain(name)
    // The figure's note is in the tooltip (since issue 19 without the arithmetic, which the
    // formula column holds and derivationText writes out).
    expect(bar?.querySelector('title')?.textContent).toContain(
      'The article gives only the share outside working hours.',
    )
    // The stated share is solid, not hatched.
    expect(part(svg, 'off-hours-share').querySelector('rect')?.getAttribute('fill')).not.toMatch(
      /url/,
    )
  })

  it('shows the working-hours formula when the bar is wide enough', () => {
    expect(part(draw('zh'), 'working-hours-share').textContent).toContain('上班时间 = 100% − 41.2%')
  })

  it.each(['zh', 'en'] as const)(
    'marks exactly one hour, 18 to 19, on a 24-hour axis; the rest is not stated (%s)',
    (lang) => {
      const svg = draw(lang)
      const hours = [...svg.querySelectorAll('[data-hour]')]
      expect(hours).toHaveLength(24)
      const marked = hours.filter((h) => h.getAttribute('data-stated') === 'true')
      expect(marked.map((h) => h.getAttribute('data-hour'))).toEqual(['18'])
      // Unmarked hours all look alike: nothing about them is invented.
      const fills = new Set(
        hours.filter((h) => !marked.includes(h)).map((h) => h.getAttribute('fill')),
      )
      expect(fills.size).toBe(1)
      expect(marked[0]?.getAttribute('fill')).not.toBe([...fills][0])
      expect(svg.textContent).toContain(lang === 'zh' ? '其他时段：文中未说明' : 'not stated')
      // The axis runs from 0 to 24.
      const ticks = lang === 'zh' ? ['0点', '24点'] : ['00:00', '24:00']
      for (const t of ticks) expect(svg.textContent).toContain(t)
    },
  )

  it.each([560, 340])('draws 600 hall units in a 30 × 20 grid at width %i', (width) => {
    const halls = part(draw('zh', null, width), 'peak-hour-halls')
    const units = unitSquares(halls)
    expect(units).toHaveLength(600)
    const xs = new Set(units.map((u) => u.x))
    const ys = new Set(units.map((u) => u.y))
    expect([xs.size, ys.size]).toEqual([30, 20])
    // Every unit is a square of at least 2 px that stays inside the chart.
    for (const u of units) {
      expect(u.x + u.side).toBeLessThanOrEqual(width)
      expect(u.side).toBeGreaterThanOrEqual(2)
    }
  })

  it('outlines what a reader points at in the article', () => {
    const svg = draw('zh', 'peak-hour-halls')
    const outline = part(svg, 'peak-hour-halls').querySelector('rect')
    expect(outline?.getAttribute('stroke-width')).toBe('3')
    const plain = part(draw('zh'), 'peak-hour-halls').querySelector('rect')
    expect(plain).toBeNull()
  })

  it.each([
    ['zh', '41.2%', ['约15万笔', '58.8%（推算）', '18–19点', '600个小方块']],
    ['en', '41.2%', ['about 150,000 payments', '58.8% (derived)', '18:00–19:00', '600 small']],
  ] as const)(
    'caption, headline and description carry the qualifiers (%s)',
    (lang, headline, texts) => {
      expect(paymentTimes.headline(rows, lang)).toBe(headline)
      const caption = paymentTimes.caption(rows, lang)
      expect(caption).toContain(lang === 'zh' ? '约15万笔' : 'about 150,000 payments')
      expect(caption).toContain(lang === 'zh' ? '600个办事大厅' : '600 service halls')
      const text = paymentTimes.describe(rows, lang)
      for (const t of texts) expect(text).toContain(t)
      expect(text).toMatch(lang === 'zh' ? /文中未说明/ : /does not say/)
    },
  )

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
  ] as const)('draws no negative size at %i × %i (%s)', (w, h, surface) => {
    const container = drawAt(w, h, surface, 'en')
    const negative = [...container.querySelectorAll('rect')].filter(
      (r) => Number(r.getAttribute('width')) < 0 || Number(r.getAttribute('height')) < 0,
    )
    expect(negative).toEqual([])
  })
})

it.each([
  [1280, 352, 'slide'],
  [560, 672, 'card'],
  [340, 408, 'card'],
] as const)('keeps every label and mark inside %i × %i (%s)', (w, h, surface) => {
  const container = drawAt(w, h, surface, 'zh')
  const squares = unitSquares(container)
  const bottoms = [
    ...[...container.querySelectorAll('text, rect')].map(
      (n) => Number(n.getAttribute('y') ?? 0) + Number(n.getAttribute('height') ?? 0),
    ),
    ...squares.map((u) => u.y + u.side),
  ]
  expect(Math.max(...bottoms)).toBeLessThanOrEqual(h)
  expect(squares).toHaveLength(600)
})

it.each([
  [659, 440, 'slide', 'zh'],
  [659, 520, 'slide', 'en'],
  [1280, 352, 'slide', 'en'],
  [340, 408, 'card', 'en'],
] as const)(
  'wraps the halls heading and key within their panel at %i × %i (%s, %s)',
  (w, h, surface, lang) => {
    const container = drawAt(w, h, surface, lang)
    const halls = container.querySelector('[data-figure="peak-hour-halls"]')
    const squares = unitSquares(container)
    const left = Math.min(...squares.map((u) => u.x))
    const lines = [...(halls?.querySelectorAll('text') ?? [])]
    expect(lines.length).toBeGreaterThanOrEqual(2)
    const words = lines.map((t) => t.textContent).join('')
    expect(words.replace(/\s/g, '')).toContain(
      lang === 'zh' ? '相当于600个办事大厅一天的办件量' : '600',
    )
    for (const line of lines) {
      const x = Number(line.getAttribute('x'))
      const right = x + textWidth(line.textContent ?? '', Number(line.getAttribute('font-size')))
      expect(right, line.textContent ?? '').toBeLessThanOrEqual(w)
      // Every line stays above the squares.
      expect(Number(line.getAttribute('y'))).toBeLessThan(Math.min(...squares.map((u) => u.y)))
    }
    expect(left).toBeGreaterThanOrEqual(0)
  },
)

it.each([
  [659, 440, 'slide', 'zh'],
  [659, 440, 'slide', 'en'],
  [560, 672, 'card', 'en'],
  [340, 408, 'card', 'en'],
] as const)(
  'keeps every text inside the width of the chart at %i × %i (%s, %s)',
  (w, h, surface, lang) => {
    const container = drawAt(w, h, surface, lang)
    for (const t of container.querySelectorAll('svg > g text:not(text text)')) {
      const content = t.textContent ?? ''
      const width = textWidth(content, Number(t.getAttribute('font-size')))
      const x = Number(t.getAttribute('x'))
      const anchor = t.getAttribute('text-anchor')
      const left = anchor === 'middle' ? x - width / 2 : anchor === 'end' ? x - width : x
      expect(left, content).toBeGreaterThanOrEqual(0)
      expect(left + width, content).toBeLessThanOrEqual(w)
    }
  },
)

it('draws on the server too (the page is prerendered at build time)', async () => {
  const { renderToString } = await import('react-dom/server')
  const { Chart } = paymentTimes
  const html = renderToString(
    <Chart rows={rows} size={size} lang="zh" surface="card" highlight={null} />,
  )
  const drawn = document.createElement('div')
  drawn.innerHTML = html
  expect(unitSquares(drawn)).toHaveLength(600)
  expect(html.match(/data-stated="true"/g)).toHaveLength(1)
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
