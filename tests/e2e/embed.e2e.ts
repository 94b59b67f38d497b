import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { resolve } from 'node:path'
import type { BrowserContext, Frame, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readPng } from '../scripts/png'
import { launchBrowser, openPage, ready } from './browser'
import { startPreview, startRecorder } from './server'

// One chart in another site: the embed pages, the snippet from a card's menu pasted into a page
// of another origin, and the link previews of every page.

const dist = resolve(import.meta.dirname, '../../dist')
const meta = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../data/report.json'), 'utf8'),
)
const marks = ':is(svg [data-figure], svg [data-region])'
const langs = [
  { lang: 'zh', dashboard: '', suffix: '', back: 'index.html' },
  { lang: 'en', dashboard: 'en.html', suffix: '.en', back: 'en.html' },
] as const

let server: Awaited<ReturnType<typeof startPreview>>
let browser: BrowserContext
/** The dashboard's chart ids, in page order, as the prerendered page lists its cards. */
let chartIds: string[] = []

beforeAll(async () => {
  server = await startPreview()
  browser = await launchBrowser()
  const html = readFileSync(resolve(dist, 'index.html'), 'utf8')
  chartIds = [...html.matchAll(/<figure id="([\w-]+)" class="chart-card/g)].map((m) => m[1] ?? '')
})
afterAll(async () => {
  await browser?.close()
  server?.stop()
})

/** The marks of the drawing the page's CSS shows (the other width is display: none). */
const shownMarks = (page: Page | Frame) =>
  page.evaluate(
    (selector) =>
      [...document.querySelectorAll(selector)].filter((mark) => {
        const box = mark.getBoundingClientRect()
        return box.width > 0 || box.height > 0
      }).length,
    marks,
  )

describe('the embed pages', () => {
  it('exist for every chart in both languages and read fully without JavaScript, 280 to 1200 px wide', async () => {
    expect(chartIds.length).toBeGreaterThan(5)
    const context = await browser.browser()?.newContext({ javaScriptEnabled: false })
    if (!context) throw new Error('no browser')
    const page = await context.newPage()
    for (const { lang, dashboard, suffix, back } of langs) {
      // The card on the dashboard: the embed page must say what it says.
      await page.goto(`${server.url}${dashboard}`)
      const cards = new Map<string, { title: string; claim: string }>()
      for (const id of chartIds) {
        const card = page.locator(`figure[id="${id}"]`)
        cards.set(id, {
          title: (await card.locator('.chart-card-title').textContent()) ?? '',
          claim: (await card.locator('.chart-card-claim').textContent()) ?? '',
        })
      }
      for (const id of chartIds) {
        const where = `embed/${id}${suffix}.html`
        await page.setViewportSize({ width: 390, height: 800 })
        const response = await page.goto(`${server.url}${where}`)
        expect(response?.status(), where).toBe(200)
        await expect(page.locator('h1').textContent(), where).resolves.toBe(cards.get(id)?.title)
        await expect(page.locator('figcaption p').textContent(), where).resolves.toBe(
          cards.get(id)?.claim,
        )
        expect(await shownMarks(page), `${where}: drawn marks`).toBeGreaterThan(0)
        await expect(page.locator('.chart-legend:visible').count(), where).resolves.toBe(1)
        const source = (await page.locator('.embed-source').textContent()) ?? ''
        expect(source).toContain(meta.publisher[lang])
        expect(source).toContain('2022-03-18')
        const link = page.locator('.embed-source a')
        expect(await link.evaluate((a: HTMLAnchorElement) => a.href)).toBe(
          `${server.url}${back}#${id}`,
        )
        // No toolbar, no menus, no article, no table: the chart alone.
        await expect(
          page.locator('details, button, .toolbar, .dashboard-article, table').count(),
        ).resolves.toBe(0)
        for (const width of [280, 600, 1200]) {
          await page.setViewportSize({ width, height: 800 })
          const [scroll, client] = await page.evaluate(() => [
            document.documentElement.scrollWidth,
            document.documentElement.clientWidth,
          ])
          expect(scroll, `${where} at ${width} px: no sideways scrolling`).toBe(client)
          expect(await shownMarks(page), `${where} at ${width} px`).toBeGreaterThan(0)
        }
      }
    }
    await context.close()
  }, 240_000)

  it('follow the system’s dark scheme, or the one the address asks for', async () => {
    const background = async (url: string, colorScheme: 'light' | 'dark') => {
      const context = await browser.browser()?.newContext({ colorScheme })
      if (!context) throw new Error('no browser')
      const page = await context.newPage()
      const errors: string[] = []
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
      await page.goto(url)
      // The boot script reads ?theme= as the page loads.
      await page.waitForLoadState('load')
      const colour = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
      await context.close()
      expect(errors).toEqual([])
      return colour
    }
    const page = `${server.url}embed/${chartIds[0]}.html`
    const [light, dark] = ['rgb(255, 255, 255)', 'rgb(30, 33, 38)']
    expect(await background(page, 'light')).toBe(light)
    expect(await background(page, 'dark')).toBe(dark)
    expect(await background(`${page}?theme=dark`, 'light')).toBe(dark)
    expect(await background(`${page}?theme=light`, 'dark')).toBe(light)
  })
})

describe('going live', () => {
  it('at the first input each embed page hydrates without a mismatch and its chart goes live, with tooltips', async () => {
    for (const { suffix } of langs) {
      for (const id of chartIds) {
        const where = `embed/${id}${suffix}.html`
        const { page, errors } = await openPage(browser, `${server.url}${where}`, {
          width: 600,
          height: 900,
        })
        // The held drawings give way to the live chart, drawn at the box's width.
        const live = page.locator(
          '.chart-drawing:not(.chart-drawing-narrow):not(.chart-drawing-wide)',
        )
        await live.locator(marks).first().waitFor()
        await expect(
          page.locator('.chart-drawing-narrow, .chart-drawing-wide').count(),
        ).resolves.toBe(0)
        const [drawn, box] = await page.evaluate(() => [
          Number(document.querySelector('[data-drawn-width]')?.getAttribute('data-drawn-width')),
          Math.floor(
            document.querySelector('[data-chart-box]')?.getBoundingClientRect().width ?? 0,
          ),
        ])
        expect(drawn, where).toBe(box)
        // Pointing at a mark shows its tooltip.
        await live
          .locator('svg [data-figure] rect, svg [data-region] rect')
          .first()
          .hover({ force: true })
        await page.locator('.chart-tooltip').first().waitFor({ timeout: 5000 })
        const [scroll, client] = await page.evaluate(() => [
          document.documentElement.scrollWidth,
          document.documentElement.clientWidth,
        ])
        expect(scroll, `${where}: no sideways scrolling once live`).toBe(client)
        expect(errors, where).toEqual([])
        await page.close()
      }
    }
  }, 240_000)
})

describe('offline', () => {
  it('the embed pages open from the service worker after one visit to the dashboard', async () => {
    // A site of its own, cut off after the visit.
    const own = await startRecorder(server.url)
    let online = true
    const cut = () => {
      if (online) own.stop()
      online = false
    }
    const context = await browser.browser()?.newContext({ serviceWorkers: 'allow' })
    if (!context) throw new Error('no browser')
    try {
      const page = await context.newPage()
      await page.goto(own.url)
      // Installed: every file it keeps as it installs is in its cache.
      await page.waitForFunction(() => navigator.serviceWorker?.controller != null, undefined, {
        timeout: 30_000,
      })
      cut()
      for (const { suffix } of langs) {
        for (const id of chartIds) {
          const response = await page.goto(`${own.url}embed/${id}${suffix}.html?theme=dark`)
          expect(response?.status()).toBe(200)
          await expect(page.locator('h1').count()).resolves.toBe(1)
          expect(await shownMarks(page), `${id}${suffix} offline`).toBeGreaterThan(0)
        }
      }
    } finally {
      cut()
      await context.close()
    }
  })
})

/** A page of another origin (another port) that serves `body` as a host site would. */
async function hostSite(body: string) {
  const host = createServer((_, response) =>
    response
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      .end(
        `<!doctype html><html><head><meta charset="utf-8"><title>Host</title></head><body style="margin:0"><h1>A story about social security</h1>${body}<p>The end.</p></body></html>`,
      ),
  )
  await new Promise<void>((done) => host.listen(0, '127.0.0.1', done))
  const { port } = host.address() as AddressInfo
  return {
    url: `http://localhost:${port}/story.html`,
    stop: () => {
      host.closeAllConnections()
      host.close()
    },
  }
}

describe('the embed snippet', () => {
  it('is copied from a card’s 嵌入 item, and framed by another site shows the chart at its height', async () => {
    await browser.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: server.url.replace(/\/$/, ''),
    })
    const { page: dashboard, errors } = await openPage(browser, server.url)
    const id = chartIds[1] ?? ''
    const card = dashboard.locator(`figure[id="${id}"]`)
    await card.locator('.download-menu > summary').click()
    await card.getByRole('button', { name: '嵌入', exact: true }).click()
    await card.getByRole('status').filter({ hasText: '嵌入代码已复制' }).waitFor()
    const snippet = await dashboard.evaluate(() => navigator.clipboard.readText())
    expect(snippet).toContain(`src="${server.url}embed/${id}.html"`)
    expect(snippet).toContain(`<script src="${server.url}embed.js" async></script>`)
    expect(errors).toEqual([])
    await dashboard.close()

    const host = await hostSite(snippet)
    try {
      const page = await browser.newPage()
      const pageErrors: string[] = []
      page.on('console', (m) => m.type() === 'error' && pageErrors.push(m.text()))
      page.on('pageerror', (e) => pageErrors.push(e.message))
      // What the framed page tells its parent, as the host receives it.
      await page.addInitScript(() => {
        const heights: unknown[] = []
        Object.assign(window, { heights })
        window.addEventListener('message', (event) => heights.push(event.data))
      })
      await page.setViewportSize({ width: 390, height: 700 })
      await page.goto(host.url)
      const iframe = page.locator('iframe')
      const fixed = Number(await iframe.getAttribute('height'))
      expect(fixed).toBeGreaterThan(300)

      const fitted = async (width: number) => {
        await page.setViewportSize({ width, height: 700 })
        const frame = page.frames().find((f) => f.url().includes(`/embed/${id}.html`))
        if (!frame) throw new Error('the embed page is not framed')
        await frame.locator('h1').waitFor()
        // The frame is as tall as the page in it, by the last message; the page does not scroll.
        await page.waitForFunction(
          ([chart]) => {
            const heights = (window as unknown as { heights: { chart: string; height: number }[] })
              .heights
            const last = heights.filter((m) => m.chart === chart).at(-1)
            const frame = document.querySelector('iframe')
            return last !== undefined && frame?.getBoundingClientRect().height === last.height
          },
          [id],
          { timeout: 10_000 },
        )
        const messages = (await page.evaluate(
          () => (window as unknown as { heights: unknown[] }).heights,
        )) as {
          type: string
          chart: string
          height: number
        }[]
        const last = messages.at(-1)
        expect(last?.type).toBe('wechat-ss-2021:height')
        expect(last?.chart).toBe(id)
        const content = await frame.evaluate(() => [
          Math.ceil(document.documentElement.getBoundingClientRect().height),
          document.documentElement.scrollHeight,
        ])
        expect(content).toEqual([last?.height, last?.height])
        expect(await shownMarks(frame)).toBeGreaterThan(0)
        return last?.height ?? 0
      }
      const narrow = await fitted(390)
      // Without embed.js the frame keeps the snippet's height: near what the chart needs in a
      // 600 px column.
      const column = await fitted(600)
      expect(Math.abs(fixed - column) / column).toBeLessThan(0.25)
      // Wider, the text wraps less and the chart is drawn wider: another height, fitted again.
      expect(column).not.toBe(narrow)
      expect(await fitted(1200)).not.toBe(column)
      expect(pageErrors).toEqual([])
      await page.close()
    } finally {
      host.stop()
    }
  })

  it('shows the snippet selected in a text field where there is no clipboard', async () => {
    const page = await browser.newPage()
    await page.addInitScript(() =>
      Object.defineProperty(navigator, 'clipboard', { value: undefined }),
    )
    await page.goto(`${server.url}en.html`)
    await ready(page)
    const id = chartIds[0] ?? ''
    const card = page.locator(`figure[id="${id}"]`)
    await card.locator('.download-menu > summary').click()
    await card.getByRole('button', { name: 'Embed', exact: true }).click()
    const field = card.getByRole('textbox', { name: 'Embed code' })
    const code = await field.inputValue()
    expect(code).toContain(`<iframe src="${server.url}embed/${id}.en.html"`)
    expect(await field.evaluate((t: HTMLTextAreaElement) => t.readOnly)).toBe(true)
    const selected = await field.evaluate((t: HTMLTextAreaElement) =>
      t.value.slice(t.selectionStart, t.selectionEnd),
    )
    expect(selected).toBe(code)
    await page.close()
  })

  it('is reached without the app through a link to the embed page', async () => {
    const context = await browser.browser()?.newContext({ javaScriptEnabled: false })
    if (!context) throw new Error('no browser')
    const page = await context.newPage()
    await page.goto(server.url)
    const id = chartIds[0] ?? ''
    const card = page.locator(`figure[id="${id}"]`)
    await card.locator('.download-menu > summary').click()
    await card.getByRole('link', { name: '嵌入页面' }).click()
    await page.waitForURL(`${server.url}embed/${id}.html`)
    expect(await shownMarks(page)).toBeGreaterThan(0)
    await context.close()
  })
})

describe('link previews', () => {
  const pages = () => [
    'index.html',
    'en.html',
    ...chartIds.flatMap((id) => [`embed/${id}.html`, `embed/${id}.en.html`]),
  ]
  const tag = (html: string, name: string) =>
    new RegExp(`<meta (?:property|name)="${name}" content="([^"]*)"`).exec(html)?.[1]

  it('every page has its title, description, image, locale and a large-image card', () => {
    const site = tag(readFileSync(resolve(dist, 'index.html'), 'utf8'), 'og:url') ?? ''
    expect(site).toMatch(/^https?:\/\/.+\/$/)
    for (const name of pages()) {
      const html = readFileSync(resolve(dist, name), 'utf8')
      const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? ''
      expect(title.startsWith(tag(html, 'og:title') ?? '-'), name).toBe(true)
      expect(tag(html, 'og:description')?.length, name).toBeGreaterThan(20)
      expect(tag(html, 'og:locale'), name).toBe(name.includes('en.') ? 'en_US' : 'zh_CN')
      expect(tag(html, 'twitter:card'), name).toBe('summary_large_image')
      expect(tag(html, 'og:url'), name).toBe(name === 'index.html' ? site : `${site}${name}`)
      expect(tag(html, 'og:image'), name).toMatch(new RegExp(`^${site}og/[\\w-]+(\\.en)?\\.png$`))
    }
  })

  it('every og:image is a 1200×630 PNG with the chart or the headline figures, and text', () => {
    const site = tag(readFileSync(resolve(dist, 'index.html'), 'utf8'), 'og:url') ?? ''
    const images = new Set(
      pages().map((name) => tag(readFileSync(resolve(dist, name), 'utf8'), 'og:image') ?? ''),
    )
    expect(images.size).toBe(pages().length)
    for (const url of images) {
      const { width, height, rgba } = readPng(readFileSync(resolve(dist, url.slice(site.length))))
      expect([width, height], url).toEqual([1200, 630])
      const colours = new Set<number>()
      // Text is drawn in the ink colour (#1d2129), anti-aliased: dark, grey pixels. Counted, not
      // as a share: a tall chart (the tile map) is drawn small in the wide picture.
      let text = 0
      let textAtTop = 0
      for (let i = 0; i < rgba.length; i += 4) {
        const [r = 0, g = 0, b = 0] = rgba.subarray(i, i + 3)
        colours.add((r << 16) | (g << 8) | b)
        if (r < 80 && g < 80 && b < 80 && Math.max(r, g, b) - Math.min(r, g, b) < 30) {
          text++
          if (i / 4 / width < 160) textAtTop++
        }
      }
      expect(colours.size, `${url}: more than one colour`).toBeGreaterThan(16)
      expect(text, `${url}: text`).toBeGreaterThan(400)
      expect(textAtTop, `${url}: a title at the top`).toBeGreaterThan(200)
    }
  })
})
