import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { BrowserContext, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readCsv, recordEnds } from '../export/rfc4180'
import { launchBrowser, openPage, ready } from './browser'
import { startPreview } from './server'

// Every download of every card, caught and read back by code other than the code that wrote it:
// CSV by the test's own RFC 4180 reader against data/ on disk, SVG by the browser's XML parser,
// PNG by the browser's image decoder.

const dataDir = resolve(import.meta.dirname, '../../data')
const dataFile = (name: string) => readFileSync(resolve(dataDir, name), 'utf8')
const table = (name: string) => {
  const [header = [], ...rows] = readCsv(dataFile(name).replace(/^\uFEFF/, '')).filter(
    (r) => r.length > 1,
  )
  return { header, rows, byId: new Map(rows.map((r) => [r[0], r])) }
}
const figures = table('figures.csv')
const regions = table('regions.csv')
const meta = JSON.parse(dataFile('report.json'))
const stem = 'wechat-social-security-2021'
const formulaStart = /^[=+\-@\t\r]/
/** Chart CSV columns named after another data/ column than their own name. */
const sameAs: Record<string, string> = { label: 'label_zh' }
/** Chart columns that share a name with a data/ column but mean something else (regions-map's
 * `kind` is the kind of row, region or count, not regions.csv's province/city). */
const chartOwn = new Set(['kind'])

let server: Awaited<ReturnType<typeof startPreview>>
let browser: BrowserContext

beforeAll(async () => {
  server = await startPreview()
  browser = await launchBrowser()
  await browser.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: server.url.replace(/\/$/, ''),
  })
})
afterAll(async () => {
  await browser?.close()
  server?.stop()
})

/** The dist/downloads/ file a link names, as the build wrote it. */
const builtFile = (href: string) => readFileSync(resolve(import.meta.dirname, '../../dist', href))

/**
 * Opens the menu a link sits in (a card's 下载与分享, the page's 菜单), clicks the link and returns
 * the file it downloads: its suggested name and bytes, which must be the built file's.
 */
async function download(page: Page, link: Locator) {
  const menu = link.locator('xpath=ancestor::details[1]')
  if (!(await menu.evaluate((details: HTMLDetailsElement) => details.open)))
    await menu.locator('> summary').click()
  const href = (await link.getAttribute('href')) ?? ''
  expect(href).toMatch(/^downloads\//)
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()])
  const bytes = readFileSync(await file.path())
  expect(bytes.equals(builtFile(href)), href).toBe(true)
  return { name: file.suggestedFilename(), bytes }
}

/** CSV bytes as a spreadsheet gets them: BOM, CRLF, then records. */
function readExport(bytes: Buffer) {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const text = bytes.toString('utf8').slice(1)
  expect(new Set(recordEnds(text))).toEqual(new Set(['crlf']))
  return readCsv(text)
}

/** A source cell as the CSV must hold it: text that looks like a formula gains a leading '. */
const asExported = (cell: string) => (formulaStart.test(cell) ? `'${cell}` : cell)

async function chartCards(page: Page) {
  await page.locator('figure[id] svg').first().waitFor({ state: 'attached' })
  const cards = await page.locator('figure[id]').all()
  expect(cards.length).toBeGreaterThan(0)
  return cards
}

/**
 * A blank page to read files in, as a viewer would: outside the app, whose CSP (style-src 'self')
 * reports every style attribute that DOMParser meets in an SVG.
 */
let viewer: Page | undefined
async function blankPage(): Promise<Page> {
  viewer ??= await browser.newPage()
  return viewer
}

/** The SVG parsed by the browser's strict XML parser, with what a reader would look for. */
async function inspectSvg(svg: string) {
  return (await blankPage()).evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml')
    const root = doc.documentElement
    return {
      error: doc.getElementsByTagName('parsererror')[0]?.textContent ?? null,
      namespace: root.namespaceURI,
      viewBox: root.getAttribute('viewBox'),
      texts: [...doc.getElementsByTagName('text')].map((t) => t.textContent ?? ''),
      panels: root.getElementsByTagName('svg').length,
    }
  }, svg)
}

/** The PNG decoded by the browser: its size and how many different colours it holds. */
async function inspectPng(png: Buffer) {
  return (await blankPage()).evaluate(async (base64) => {
    const image = new Image()
    image.src = `data:image/png;base64,${base64}`
    await image.decode()
    const canvas = document.createElement('canvas')
    canvas.width = image.naturalWidth
    canvas.height = image.naturalHeight
    const context = canvas.getContext('2d')
    if (!context) throw new Error('no canvas')
    context.drawImage(image, 0, 0)
    const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data
    const colours = new Set<number>()
    let inked = 0
    for (let i = 0; i < pixels.length; i += 4) {
      const [r = 0, g = 0, b = 0] = [pixels[i], pixels[i + 1], pixels[i + 2]]
      colours.add((r << 16) | (g << 8) | b)
      if (r + g + b < 600) inked++
    }
    return {
      width: image.naturalWidth,
      height: image.naturalHeight,
      colours: colours.size,
      inked: inked / (pixels.length / 4),
    }
  }, png.toString('base64'))
}

describe('the downloads of every card', () => {
  // Three downloads and two decodes per card, for every card on the page: a longer timeout.
  it('give a CSV that matches data/, an SVG that parses, and a PNG that decodes', async () => {
    const { page, errors } = await openPage(browser, server.url)
    for (const card of await chartCards(page)) {
      const id = (await card.getAttribute('id')) ?? ''
      const title = (await card.getByRole('heading').first().textContent()) ?? ''

      const csv = await download(page, card.getByRole('link', { name: /CSV/, includeHidden: true }))
      expect(csv.name).toBe(`${stem}-${id}.csv`)
      const [header = [], ...rows] = readExport(csv.bytes)
      expect(header.length, id).toBeGreaterThan(0)
      expect(rows.length, id).toBeGreaterThan(0)
      for (const row of rows) {
        expect(row, id).toHaveLength(header.length)
        const rowId = row[header.indexOf('id')]
        const source = figures.byId.get(rowId) ? figures : regions.byId.get(rowId) ? regions : null
        if (header.includes('id')) expect(source, `${id}: row ${rowId} is in data/`).not.toBeNull()
        if (!source) continue
        const sourceRow = source.byId.get(rowId) ?? []
        let compared = 0
        header.forEach((column, c) => {
          const at = chartOwn.has(column) ? -1 : source.header.indexOf(sameAs[column] ?? column)
          if (at < 0) return
          expect(row[c], `${id} ${rowId} ${column}`).toBe(asExported(sourceRow[at] ?? ''))
          compared++
        })
        expect(compared, id).toBeGreaterThan(1)
      }

      const svg = await download(page, card.getByRole('link', { name: /SVG/, includeHidden: true }))
      expect(svg.name).toBe(`${stem}-${id}-zh.svg`)
      const source = svg.bytes.toString('utf8')
      expect(source).not.toContain('var(--')
      const parsed = await inspectSvg(source)
      expect(parsed.error, id).toBeNull()
      expect(parsed.namespace).toBe('http://www.w3.org/2000/svg')
      expect(parsed.viewBox).toMatch(/^0 0 \d+ \d+$/)
      expect(parsed.texts).toContain(title)
      expect(parsed.texts).toContain(
        '来源：《2021微信支付智慧社保数据报告》，长沙晚报掌上长沙 2022-03-18',
      )
      expect(parsed.panels, id).toBeGreaterThan(0)
      for (const item of await card
        .getByRole('list', { name: '图例' })
        .getByRole('listitem')
        .all()) {
        expect(parsed.texts, `${id}: legend inside the SVG`).toContain(await item.textContent())
      }

      const png = await download(page, card.getByRole('link', { name: /PNG/, includeHidden: true }))
      expect(png.name).toBe(`${stem}-${id}-zh.png`)
      expect([...png.bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10])
      const image = await inspectPng(png.bytes)
      expect(image.width, id).toBeGreaterThanOrEqual(1000)
      expect(image.colours, `${id}: not one colour`).toBeGreaterThan(16)
      expect(image.inked, `${id}: something is drawn`).toBeGreaterThan(0.01)
    }
    expect(errors).toEqual([])
    await page.close()
  }, 300_000)

  it('copy the chart’s PNG as an image, and the card’s link', async () => {
    const { page } = await openPage(browser, server.url)
    const [card] = await chartCards(page)
    const id = await (card as Locator).getAttribute('id')
    await (card as Locator).locator('.download-menu > summary').click()
    await (card as Locator).getByRole('button', { name: '复制图片' }).click()
    await (card as Locator).getByRole('status').filter({ hasText: '图片已复制' }).waitFor()
    // The clipboard holds the built PNG (decoded again by the browser: same size).
    const copied = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read()
      const blob = await item?.getType('image/png')
      const image = await createImageBitmap(blob as Blob)
      return [image.width, image.height]
    })
    const built = await inspectPng(builtFile(`downloads/${stem}-${id}-zh.png`))
    expect(copied).toEqual([built.width, built.height])
    await (card as Locator).getByRole('button', { name: '复制链接' }).click()
    await (card as Locator).getByRole('status').filter({ hasText: '链接已复制' }).waitFor()
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(
      `${server.url}#${id}`,
    )
    await page.close()
  })

  it('link the English SVG from the English page', async () => {
    const { page } = await openPage(browser, `${server.url}en.html`)
    const [card] = await chartCards(page)
    const link = (card as Locator).getByRole('link', { name: /SVG/, includeHidden: true })
    const svg = await download(page, link)
    expect(svg.name).toBe(`${stem}-${await (card as Locator).getAttribute('id')}-en.svg`)
    const parsed = await inspectSvg(svg.bytes.toString('utf8'))
    expect(parsed.error).toBeNull()
    // Lines are wrapped between words: read them back as one text.
    expect(parsed.texts.join(' ')).toContain(
      `Source: “${meta.reportName.en}”, ${meta.publisher.en}, 2022-03-18`,
    )
    await page.close()
  })
})

describe('the page-wide download', () => {
  it('gives every row of figures.csv, its columns unchanged, with sentence and source', async () => {
    const { page, errors } = await openPage(browser, server.url)
    await chartCards(page)
    const file = await download(
      page,
      page.getByRole('link', { name: /下载全部数据/, includeHidden: true }),
    )
    expect(file.name).toBe(`${stem}-all.csv`)
    const [header = [], ...rows] = readExport(file.bytes)
    expect(header).toEqual([...figures.header, 'sentence_text', 'source_url'])
    expect(rows).toHaveLength(23)
    expect(rows.map((r) => r.slice(0, figures.header.length))).toEqual(
      figures.rows.map((r) => r.map(asExported)),
    )
    const article = dataFile('article.zh.md')
    for (const row of rows) {
      const sentence = row[figures.header.indexOf('sentence')]
      expect(article).toContain(`{#${sentence}} `)
      expect((row.at(-2) ?? '').length).toBeGreaterThan(5)
      expect(article.replace(/\[([^\]]+)\]\{[^}]+\}/g, '$1')).toContain(row.at(-2))
      expect(row.at(-1)).toBe(meta.sourceUrl)
    }
    expect(errors).toEqual([])
    await page.close()
  })

  it('links the data package that describes the data files, whose fields are their headers', async () => {
    const { page, errors } = await openPage(browser, server.url)
    const link = page.getByRole('link', { name: /数据说明/, includeHidden: true })
    const href = new URL((await link.getAttribute('href')) ?? '', page.url())
    const described = await page.evaluate(async (url) => {
      const pack = await (await fetch(url)).json()
      return Promise.all(
        pack.resources.map(async (r: { path: string; schema: { fields: { name: string }[] } }) => ({
          status: (await fetch(new URL(r.path, url))).status,
          path: r.path,
          fields: r.schema.fields.map((f) => f.name),
        })),
      )
    }, href.href)
    expect(described).toEqual([
      { status: 200, path: 'figures.csv', fields: figures.header },
      { status: 200, path: 'regions.csv', fields: regions.header },
    ])
    expect(errors).toEqual([])
    await page.close()
  })
})

describe('the address keeps the view', () => {
  it('keeps a card shown as a table across a reload, and exports its chart from there', async () => {
    const { page, errors } = await openPage(browser, server.url)
    const [card] = await chartCards(page)
    const first = card as Locator
    const id = (await first.getAttribute('id')) ?? ''
    await first.locator('summary', { hasText: '表格' }).click()
    await expect.poll(() => new URL(page.url()).searchParams.get('table')).toBe(id)
    await page.reload()
    await ready(page)
    const again = page.locator(`figure[id="${id}"]`)
    await again.getByRole('table').waitFor()
    await expect(again.locator('details.chart-card-table').getAttribute('open')).resolves.toBe('')
    // In table view the image is the chart's all the same.
    const png = await download(page, again.getByRole('link', { name: /PNG/, includeHidden: true }))
    const image = await inspectPng(png.bytes)
    expect(image.width).toBeGreaterThanOrEqual(1000)
    expect(image.inked).toBeGreaterThan(0.01)
    expect(errors).toEqual([])
    await page.close()
  })

  it('keeps language, tables and the focused chart in a shared link; unknown values fall back', async () => {
    const { page } = await openPage(browser, server.url)
    const cards = await chartCards(page)
    const ids = await Promise.all(cards.map(async (c) => (await c.getAttribute('id')) ?? ''))
    await page.close()
    const last = ids.at(-1) ?? ''
    const shared = await openPage(browser, `${server.url}?lang=en&table=bogus,${last}#${last}`)
    const card = shared.page.locator(`figure[id="${last}"]`)
    await card.getByRole('table').waitFor()
    await expect(card.locator('details.chart-card-table').getAttribute('open')).resolves.toBe('')
    await expect(shared.page.locator('figure[id] table:visible').count()).resolves.toBe(1)
    await expect(
      card.evaluate((n) => n.classList.contains('chart-card-highlighted')),
    ).resolves.toBe(true)
    expect(shared.errors).toEqual([])
    await shared.page.close()
  })
})

describe('the citation', () => {
  it('shows the Chinese and English citation from report.json and copies it', async () => {
    const { page } = await openPage(browser, server.url)
    await chartCards(page)
    await page.locator('.page-menu > summary').click()
    await page.locator('summary', { hasText: '引用' }).click()
    const panel = page.getByRole('region', { name: '引用' })
    await expect(panel.textContent()).resolves.toContain(meta.citation.zh)
    await expect(panel.textContent()).resolves.toContain(meta.citation.en)
    await panel.getByRole('button', { name: /复制.*中文/ }).click()
    await panel
      .getByRole('status')
      .filter({ hasText: /已复制|已选中/ })
      .waitFor()
    if (await panel.getByRole('status').filter({ hasText: '已复制' }).count()) {
      await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(
        meta.citation.zh,
      )
    }
    await page.keyboard.press('Escape')
    await expect(panel.isVisible()).resolves.toBe(false)
    await expect(
      page.locator('.page-menu > summary').evaluate((n) => n === document.activeElement),
    ).resolves.toBe(true)
    await page.close()
  })
})
