import { beforeAll, describe, expect, it } from 'vitest'
import { type BuiltFile, buildDownloads } from '../../scripts/downloads'
import { svgToPng } from '../../scripts/rasterize'
import { textWidth, wrapText } from '../../src/charts/kit/text'
import { charts } from '../../src/charts/registry'
import {
  allDataId,
  downloadFileName,
  downloadFiles,
  downloadHref,
} from '../../src/export/downloadFiles'
import { pngScale } from '../../src/export/png'
import { langs } from '../../src/i18n/lang'
import { readCsv, recordEnds } from '../export/rfc4180'
import { realReport } from '../realData'
import { pngSize, readPng } from './png'

const report = realReport()
const chartIds = charts.map((c) => c.id)
const specOf = (id: string) => {
  const spec = charts.find((c) => c.id === id)
  if (!spec) throw new Error(`no chart ${id}`)
  return spec
}
const svgNs = 'http://www.w3.org/2000/svg'
const formulaStart = /^[=+\-@\t\r]/

describe('the names of the downloads', () => {
  it.each([
    ['annual-payments', 'zh', 'csv', 'wechat-social-security-2021-annual-payments.csv'],
    ['annual-payments', 'en', 'csv', 'wechat-social-security-2021-annual-payments.csv'],
    ['annual-payments', 'zh', 'svg', 'wechat-social-security-2021-annual-payments-zh.svg'],
    ['annual-payments', 'en', 'png', 'wechat-social-security-2021-annual-payments-en.png'],
    [allDataId, 'en', 'csv', 'wechat-social-security-2021-all.csv'],
  ] as const)('%s in %s as %s is %s', (id, lang, kind, name) => {
    expect(downloadFileName(id, lang, kind)).toBe(name)
    expect(downloadHref(id, lang, kind)).toBe(`downloads/${name}`)
  })

  it('lists the all-data CSV, a CSV per chart, and an SVG and a PNG per chart and language', () => {
    const names = downloadFiles(chartIds).map((f) => f.name)
    expect(new Set(names).size).toBe(names.length)
    expect(names).toHaveLength(1 + chartIds.length * (1 + 2 * langs.length))
  })

  it('refuses a chart called like the all-data file', () => {
    expect(() => downloadFiles(['all'])).toThrow(/all-data/)
  })
})

// The whole build step on the real report, once (about 10 s: 14 charts drawn, 14 PNGs).
let files: BuiltFile[] = []
beforeAll(async () => {
  files = await buildDownloads(report)
}, 240_000)

/** The manifest's files of a kind, as test cases; each test reads its file's built bytes. */
const byKind = (kind: BuiltFile['kind']) =>
  downloadFiles(chartIds)
    .filter((f) => f.kind === kind)
    .map((f) => [f.name, f.name] as const)
const built = (name: string): BuiltFile => {
  const file = files.find((f) => f.name === name)
  if (!file) throw new Error(`${name} was not built`)
  return file
}
const text = (file: BuiltFile) => new TextDecoder().decode(file.bytes)
const svgOf = (id: string, lang: string) => {
  const file = files.find((f) => f.id === id && f.lang === lang && f.kind === 'svg')
  if (!file) throw new Error(`no SVG of ${id} in ${lang}`)
  return text(file)
}

it('builds exactly the files the manifest names, in its order', () => {
  expect(files.map((f) => f.name)).toEqual(downloadFiles(chartIds).map((f) => f.name))
})

describe('each CSV', () => {
  it.each(byKind('csv'))('%s: BOM, CRLF records, no cell a spreadsheet would run', (name) => {
    const f = built(name)
    expect([...f.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const body = text(f).slice(1)
    expect(new Set(recordEnds(body))).toEqual(new Set(['crlf']))
    const [header = [], ...rows] = readCsv(body)
    expect(rows.length).toBeGreaterThan(0)
    for (const row of rows) {
      expect(row).toHaveLength(header.length)
      for (const cell of row) expect(cell).not.toMatch(formulaStart)
    }
  })
})

describe('each SVG', () => {
  const parse = (svg: string) => {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml')
    const error = doc.getElementsByTagName('parsererror')[0]
    if (error) throw new Error(`not well-formed XML: ${error.textContent}`)
    return doc
  }

  it.each(byKind('svg'))('%s is well-formed, standalone and complete', (name) => {
    const f = built(name)
    const svg = text(f)
    const root = parse(svg).documentElement
    expect(root.namespaceURI).toBe(svgNs)
    expect(svg.startsWith(`<svg xmlns="${svgNs}"`)).toBe(true)
    // Drawn at the wide card width, with the frame's padding.
    expect(root.getAttribute('width')).toBe(String(694 + 2 * 24))
    expect(root.getAttribute('lang')).toBe(f.lang === 'zh' ? 'zh-CN' : 'en')
    // Nothing from outside: no CSS variable, stylesheet, script, image or external link.
    expect(svg).not.toContain('var(')
    expect(svg).not.toMatch(/<(script|image|foreignObject|style)\b|href="(?!#)|url\((?!#)/)
    const spec = specOf(f.id)
    expect(root.querySelector('title')?.textContent).toBe(spec.title[f.lang])
    const texts = [...root.getElementsByTagName('text')].map((t) => t.textContent ?? '')
    for (const line of wrapText(spec.title[f.lang], 694, 20)) expect(texts).toContain(line)
    for (const item of spec.legend(spec.rows(report), f.lang))
      expect(root.querySelector(`[data-legend-item="${CSS.escape(item.label)}"]`)).not.toBeNull()
    expect(root.querySelector('[data-figure], [data-region]')).not.toBeNull()
  })
})

describe('each PNG', () => {
  const isInk = (rgba: Uint8Array, i: number) =>
    (rgba[i] ?? 255) < 80 && (rgba[i + 1] ?? 255) < 80 && (rgba[i + 2] ?? 255) < 80

  /** Ink pixels in the band of the title's first line, and how far they spread across. */
  function titleInk(png: Uint8Array, scale: number) {
    const { width, rgba } = readPng(png)
    // The first title line: 20 px type, its baseline 24 + 26 px from the top.
    const top = Math.floor(24 * scale)
    const bottom = Math.ceil(56 * scale)
    let count = 0
    let left = width
    let right = -1
    for (let y = top; y < bottom; y++)
      for (let x = 0; x < width; x++)
        if (isInk(rgba, (y * width + x) * 4)) {
          count++
          left = Math.min(left, x)
          right = Math.max(right, x)
        }
    return { count, left: left / scale, span: right < 0 ? 0 : (right - left) / scale }
  }

  it.each(byKind('png'))('%s is a PNG at 2×, of more than one colour, with its title', (name) => {
    const f = built(name)
    const svgWidth = 694 + 2 * 24
    const scale = pngScale(svgWidth)
    const svgHeight = Number(/height="(\d+)"/.exec(svgOf(f.id, f.lang))?.[1])
    expect(pngSize(f.bytes)).toEqual({
      width: Math.round(svgWidth * scale),
      height: Math.round(svgHeight * scale),
    })
    expect(pngSize(f.bytes).width).toBeGreaterThanOrEqual(1000)
    const { rgba } = readPng(f.bytes)
    const colours = new Set<number>()
    for (let i = 0; i < rgba.length && colours.size < 3; i += 4 * 97)
      colours.add(((rgba[i] ?? 0) << 16) | ((rgba[i + 1] ?? 0) << 8) | (rgba[i + 2] ?? 0))
    expect(colours.size).toBeGreaterThan(1)
    // The title is drawn across the width the kit measures for it: every glyph, Chinese too (a
    // missing glyph draws nothing in resvg, so a title in a font without them is a few digits).
    const title = specOf(f.id).title[f.lang]
    const firstLine = wrapText(title, svgWidth - 48, 20)[0] ?? ''
    const ink = titleInk(f.bytes, scale)
    expect(ink.left).toBeGreaterThanOrEqual(23)
    expect(ink.left).toBeLessThan(30)
    expect(ink.span).toBeGreaterThan(0.75 * textWidth(firstLine, 20))
  })

  it('draws its text with the font from npm: without it, the title band is empty', async () => {
    const svg = svgOf('regions-map', 'zh')
    const scale = pngScale(694 + 2 * 24)
    const withFont = built(downloadFileName('regions-map', 'zh', 'png'))
    const withoutFont = await svgToPng(svg, scale, [])
    expect(titleInk(withoutFont.png, scale).count).toBe(0)
    expect(titleInk(withFont.bytes, scale).count).toBeGreaterThan(1000)
  })
})
