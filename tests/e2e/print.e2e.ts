import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sentenceTexts } from '../../src/charts/figureRows'
import { charts } from '../../src/charts/registry'
import { type DataFiles, dataFileNames } from '../../src/data/files'
import { parseReport } from '../../src/data/report'
import { formatQuantity } from '../../src/i18n/format'
import type { Lang } from '../../src/i18n/lang'
import { messages } from '../../src/i18n/messages'
import { launchBrowser, openPage } from './browser'
import { startPreview } from './server'

// The dashboard printed to PDF on A4, as a reader would with Ctrl+P, and its text read back page
// by page with PDF.js: what a reader holding the paper can read.

const data = resolve(import.meta.dirname, '../../data')
const load = parseReport(
  Object.fromEntries(
    dataFileNames.map((name) => [name, readFileSync(resolve(data, name), 'utf8')]),
  ) as DataFiles,
)
if (!load.report) throw new Error('data/ is not valid')
const report = load.report

let server: Awaited<ReturnType<typeof startPreview>>
let browser: BrowserContext

beforeAll(async () => {
  server = await startPreview()
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  server?.stop()
})

/** Each page's text, its runs joined and all white space removed (lines wrap anywhere). */
async function pdfPages(pdf: Buffer): Promise<string[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise
  const pages: string[] = []
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent()
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str : ''))
        .join('')
        .replace(/\s+/g, ''),
    )
  }
  return pages.map(readable)
}

/**
 * A CJK font draws 用 and the Kangxi radical ⽤ with one glyph, and Chromium's PDF names such a
 * glyph by the radical: back to the characters the page wrote. Most radicals are the character by
 * NFKC; the simplified forms are not (NFKC gives ⼾ as 戶, the page writes 户).
 */
const simplified: Record<string, string> = {
  '⻓': '长',
  '⻚': '页',
  '⻘': '青',
  '⺠': '民',
  '⻔': '门',
  '⻆': '角',
  '⻰': '龙',
  '⼾': '户',
}
const radical = /[\u2E80-\u2FDF]/gu
function readable(text: string): string {
  return text.replace(radical, (r) => {
    const c = simplified[r] ?? r.normalize('NFKC')
    if (radical.test(c)) throw new Error(`the PDF names a glyph by the radical ${r}: map it`)
    radical.lastIndex = 0
    return c
  })
}

/** The pages on which `text` appears. */
const pagesWith = (pages: string[], text: string) => {
  const wanted = text.replace(/\s+/g, '')
  return pages.flatMap((page, i) => (page.includes(wanted) ? [i + 1] : []))
}

describe.each([
  ['zh', '', 'the app running'],
  ['en', 'en.html', 'the app running'],
  ['zh', '', 'the prerendered page alone (no input, the app never loaded)'],
] as [Lang, string, string][])('the %s edition printed on A4, %s', (lang, path, how) => {
  let pages: string[] = []

  beforeAll(async () => {
    const url = `${server.url}${path}`
    const page = how.startsWith('the app')
      ? (await openPage(browser, url)).page
      : await browser.newPage()
    if (!how.startsWith('the app')) await page.goto(url)
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true })
    pages = await pdfPages(pdf)
    console.log(`${lang}, ${how}: ${pages.length} pages`)
    await page.close()
  })

  it('prints no control', () => {
    const t = messages[lang]
    const labels = [t.table, t.present, 'CSV', 'PNG', 'SVG', t.copyImage]
    for (const label of labels) expect(pagesWith(pages, label), label).toEqual([])
  })

  it('prints every card whole on one page: title, description and quoted sentences', () => {
    const sentences = sentenceTexts(report, lang)
    for (const spec of charts) {
      const rows = spec.rows(report)
      const title = pagesWith(pages, spec.title[lang])
      expect(title.length, `${spec.id}: title printed`).toBeGreaterThan(0)
      const description = pagesWith(pages, spec.describe(rows, lang, 'compact'))
      expect(description, `${spec.id}: description printed once`).toHaveLength(1)
      const [page] = description
      expect(title, `${spec.id}: title on the description's page`).toContain(page)
      for (const id of spec.sentenceIds) {
        const sentence = sentences.get(id) ?? ''
        expect(pagesWith(pages, sentence), `${spec.id}: sentence ${id}`).toContain(page)
      }
    }
  })

  it('prints every figure', () => {
    const all = pages.join('')
    for (const figure of report.figures)
      expect(all, figure.id).toContain(
        formatQuantity(figure, lang, { mode: 'compact' }).replace(/\s+/g, ''),
      )
  })

  it('gives the source, the address and the date printed on every page, and its number', () => {
    const today = new Date()
    for (const [i, page] of pages.entries()) {
      const where = `page ${i + 1}`
      expect(page, where).toContain(report.meta.publisher[lang].replace(/\s+/g, ''))
      expect(page, where).toContain(`${server.url}${path}`)
      expect(page, where).toContain(String(today.getFullYear()))
      expect(page, where).toContain(`${i + 1}/${pages.length}`)
    }
  })
})
