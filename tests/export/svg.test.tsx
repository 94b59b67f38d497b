import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { annualPayments } from '../../src/charts/annualPayments'
import { Legend } from '../../src/charts/kit/Legend'
import { textWidth, wrapText } from '../../src/charts/kit/text'
import { charts } from '../../src/charts/registry'
import { chartSvg } from '../../src/export/chartSvg'
import { buildChartSvg, collectDrawing, resolveAllColors, sourceLine } from '../../src/export/svg'
import type { Lang } from '../../src/i18n/lang'
import { realReport } from '../realData'

const report = realReport()
const svgNs = 'http://www.w3.org/2000/svg'

/** Parses strictly as XML; a parser error fails the test with its message. */
function parseSvg(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml')
  const error = doc.getElementsByTagName('parsererror')[0]
  if (error) throw new Error(`not well-formed XML: ${error.textContent}`)
  return doc
}

const texts = (doc: Document) => [...doc.getElementsByTagName('text')].map((t) => t.textContent)

/** The SVG of the annual-payments chart, at a card's width. */
async function exportFromCard(lang: Lang) {
  return chartSvg({
    spec: annualPayments,
    report,
    lang,
    mode: 'compact',
    width: 560,
  })
}

describe('the SVG of a card', () => {
  it('is standalone XML with xmlns, viewBox, a white background and a CJK font stack', async () => {
    const { svg, width, height } = await exportFromCard('zh')
    const root = parseSvg(svg).documentElement
    expect(root.namespaceURI).toBe(svgNs)
    expect(svg.startsWith(`<svg xmlns="${svgNs}"`)).toBe(true)
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${width} ${height}`)
    expect(width).toBeGreaterThanOrEqual(560)
    expect(root.querySelector(':scope > rect')?.getAttribute('fill')).toBe('#ffffff')
    expect(root.getAttribute('font-family')).toMatch(
      /PingFang SC.*Noto Sans CJK SC.*Microsoft YaHei/,
    )
  })

  it('draws title, claim, legend, the chart’s panels and the source line inside the SVG', async () => {
    const { svg } = await exportFromCard('zh')
    const doc = parseSvg(svg)
    const all = texts(doc)
    expect(all).toContain('2021年缴费笔数与同比增长')
    expect(all.join('')).toContain('两者都是下限')
    expect(all).toContain('文中所述下限')
    expect(all).toContain('虚线箭头：实际值更高')
    expect(all).toContain('来源：《2021微信支付智慧社保数据报告》，长沙晚报掌上长沙 2022-03-18')
    // The link may be cut over two lines on a narrow chart.
    expect(all.join('')).toContain(report.meta.sourceUrl)
    // Both stacked panels of the chart, one below the other, with their bars; and the legend.
    const panels = [...doc.documentElement.getElementsByTagName('svg')].filter((p) =>
      p.querySelector('[data-figure]'),
    )
    expect(panels).toHaveLength(2)
    expect(doc.querySelectorAll('[data-legend-item]')).toHaveLength(2)
    expect(Number(panels[1]?.getAttribute('y'))).toBeGreaterThan(
      Number(panels[0]?.getAttribute('y')),
    )
    expect(doc.querySelector('[data-figure="payments-2021"] rect')).not.toBeNull()
    expect(doc.querySelector('[data-figure="payments-growth"] rect')).not.toBeNull()
  })

  it('leaves no CSS variable: every colour is resolved', async () => {
    const { svg } = await exportFromCard('zh')
    expect(svg).not.toContain('var(--')
    expect(svg).toContain('#0072b2')
  })

  it('is in English on the English page, with an English source line', async () => {
    const { svg } = await exportFromCard('en')
    const all = texts(parseSvg(svg))
    expect(all).toContain('Payments in 2021 and growth on 2020')
    expect(all).toContain('Lower bound stated in the article')
    expect(
      all.some((t) => t?.startsWith('Source: “2021 WeChat Pay Smart Social Security Data Report”')),
    ).toBe(true)
  })
})

describe.each(charts.map((c) => [c.id, c] as const))('the SVG of chart %s', (_, spec) => {
  it('is drawn off screen when the card shows its table, and is complete', async () => {
    const { svg } = await chartSvg({
      spec,
      report,
      lang: 'zh',
      mode: 'compact',
      width: 600,
    })
    const doc = parseSvg(svg)
    expect(svg).not.toContain('var(--')
    expect(texts(doc)).toContain(spec.title.zh)
    for (const item of spec.legend(spec.rows(report), 'zh'))
      expect(texts(doc)).toContain(item.label)
    expect(doc.documentElement.getElementsByTagName('svg').length).toBeGreaterThan(0)
  })
})

describe('the SVG builder', () => {
  const base = {
    title: 'T',
    caption: '',
    legend: null,
    panels: [],
    source: [sourceLine(report.meta, 'zh')],
    lang: 'zh' as const,
  }

  it('escapes text so that the SVG stays well-formed', () => {
    const { svg } = buildChartSvg({ ...base, title: 'a < b & "c"', caption: '<script>' })
    expect(texts(parseSvg(svg))).toEqual(expect.arrayContaining(['a < b & "c"', '<script>']))
  })

  it('draws the legend as the card does, a hatched item with its pattern, in resolved colours', () => {
    const { container } = render(
      <Legend
        items={[{ label: '推算值', color: 'var(--chart-primary, #0072b2)', pattern: 'hatch' }]}
        width={400}
        fontSize={13}
        idPrefix="test"
        label="图例"
      />,
    )
    const { legend } = collectDrawing(container)
    const { svg } = buildChartSvg({ ...base, legend })
    const doc = parseSvg(svg)
    expect(doc.querySelector('pattern line')?.getAttribute('stroke')).toBe('#0072b2')
    expect(doc.querySelector('[data-legend-item] > rect')?.getAttribute('fill')).toMatch(/^url\(#/)
  })

  it.each([
    ['fill="var(--x, #123456)"', 'fill="#123456"'],
    ['fill="var(--x, rgb(1, 2, 3))"', 'fill="rgb(1, 2, 3)"'],
    ['fill="var(--a, var(--b, #abcdef))"', 'fill="#abcdef"'],
  ])('resolves %s', (input, output) => {
    expect(resolveAllColors(input)).toBe(output)
  })

  it('refuses a variable without a fallback instead of exporting a blank colour', () => {
    expect(() => resolveAllColors('fill="var(--x)"')).toThrow(/var\(--x\)/)
  })

  it('wraps Chinese anywhere and English between words, within the width', () => {
    expect(wrapText('一二三四五六', 41, 10)).toEqual(['一二三四', '五六'])
    expect(wrapText('one two three', 50, 10)).toEqual(['one two', 'three'])
  })
})

describe('line breaking', () => {
  it('never starts a line with closing punctuation', () => {
    const lines = wrapText('一二三，四五六。七八', 30, 10)
    expect(lines.join('')).toBe('一二三，四五六。七八')
    for (const line of lines) expect(line).not.toMatch(/^[，。]/)
  })
})

describe('a link longer than the line', () => {
  it('is cut into lines that fit, preferably after / ? & =, losing nothing', () => {
    const url = 'http://finews.zning.xyz/html_News/NewsShare.html?infoCode=NW202203182315455325'
    const lines = wrapText(url, 200, 12)
    expect(lines.length).toBeGreaterThan(1)
    expect(lines.join('')).toBe(url)
    for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(200)
    expect(lines[0]?.endsWith('/')).toBe(true)
  })
})
