import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readDataFiles } from '../realData'
import { ready } from './browser'
import { startPreview } from './server'

let server: Awaited<ReturnType<typeof startPreview>>
let browser: Browser

const args = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run']
beforeAll(async () => {
  server = await startPreview()
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args,
  })
})
afterAll(async () => {
  await browser?.close()
  server?.stop()
})

const real = readDataFiles()
const fixture = (name: string) =>
  readFileSync(resolve(import.meta.dirname, '../fixtures/broken', name))

/**
 * A fresh page in its own context. The service worker is blocked: it would answer data requests
 * before page.route sees them. The built page carries its data inside (prerendered, with the
 * query cache as JSON): these tests take that out, so the page fetches data/ as it does wherever
 * the data is not shipped in the page (the development server, a page built without prerender).
 */
async function open(path = '') {
  const context = await browser.newContext({ serviceWorkers: 'block' })
  const page = await context.newPage()
  await page.route(
    (url) => url.pathname === '/' || url.pathname.endsWith('.html'),
    async (route) => {
      const response = await route.fetch()
      const body = (await response.text()).replace(
        /<script type="application\/json" id="query-state">[\s\S]*?<\/script>/,
        '',
      )
      await route.fulfill({ response, body })
    },
  )
  const console: string[] = []
  const dialogs: string[] = []
  page.on('console', (m) => console.push(`${m.type()}: ${m.text()}`))
  page.on('pageerror', (e) => console.push(`pageerror: ${e.message}`))
  page.on('dialog', (d) => {
    dialogs.push(d.message())
    void d.dismiss()
  })
  return {
    context,
    page,
    console,
    dialogs,
    go: async () => {
      await page.goto(server.url + path)
      await ready(page)
    },
  }
}

const cspViolations = (lines: string[]) =>
  lines.filter((l) => l.includes('Content Security Policy'))

/**
 * The page names `what` in an alert with a Retry button (`retry`, its name); once `repair` has
 * run, Retry brings the charts back.
 */
async function retryRecovers(
  page: Page,
  retry: string,
  what: string,
  repair: () => void | Promise<void>,
) {
  const button = page.getByRole('button', { name: retry })
  await button.waitFor({ timeout: 20_000 })
  await expect(page.getByRole('alert').textContent()).resolves.toContain(what)
  await repair()
  await button.click()
  await page
    .locator('figure#annual-payments [data-figure="payments-2021"] rect')
    .filter({ visible: true })
    .waitFor()
}

/** The first sentence of the article, as the reader sees it. */
const firstSentence = (page: Page) => page.locator('#sentence-payments-2021').textContent()

describe('each broken file served in place of the real one', () => {
  it.each([
    [
      'figures.csv',
      'figures-value-in-yi.csv',
      'data/figures.csv line 2, value: "7.5亿" is not a number; write 750000000',
    ],
    [
      'figures.csv',
      'figures-unclosed-quote.csv',
      'data/figures.csv line 2: a quoted cell is never closed (missing ")',
    ],
    [
      'figures.csv',
      'figures-binary.csv',
      'data/figures.csv: the file is not text (it contains NUL bytes)',
    ],
    [
      'figures.csv',
      'figures-empty.csv',
      'data/figures.csv: the file is empty; it needs the header',
    ],
    [
      'figures.csv',
      'figures-shares-over-100.csv',
      'data/figures.csv line 4, value: the shares of topic "age" add up to 132, more than 100',
    ],
    [
      'regions.csv',
      'regions-wrong-types.csv',
      'data/regions.csv line 2, row: "a" is not a grid position (0 to 99)',
    ],
    ['report.json', 'report-invalid-json.json', 'data/report.json: is not valid JSON'],
    [
      'article.en.md',
      'article-broken.zh.md',
      'data/article.en.md line 2: expected "{#id} sentence"',
    ],
  ])('%s ← %s', async (file, name, message) => {
    const { context, page, console, go } = await open()
    await page.route(`**/data/${file}`, (route) => route.fulfill({ body: fixture(name) }))
    await go()
    await page.getByRole('alert').filter({ hasText: message }).waitFor()
    // The article stays readable, and no chart draws from broken data.
    await expect(firstSentence(page)).resolves.toContain('年缴费超7.5亿笔')
    await expect(page.getByRole('figure').count()).resolves.toBe(0)
    expect(cspViolations(console)).toEqual([])
    await context.close()
  })

  it('a 10 MB file is refused with a message and the page stays responsive', async () => {
    const { context, page, go } = await open()
    const big = 'x'.repeat(10 * 1024 * 1024)
    await page.route('**/data/figures.csv', (route) => route.fulfill({ body: big }))
    const started = Date.now()
    await go()
    const alert = page.getByRole('alert').filter({ hasText: 'data/figures.csv: is 10485760 bytes' })
    await alert.waitFor()
    expect(Date.now() - started).toBeLessThan(15_000)
    await expect(firstSentence(page)).resolves.toContain('年缴费超7.5亿笔')
    // The main thread answers at once: nothing is parsing ten megabytes.
    const t0 = Date.now()
    await page.evaluate(() => 1)
    expect(Date.now() - t0).toBeLessThan(1000)
    await context.close()
  })
})

describe('network failures', () => {
  it('an aborted request: after the retries the page names it; Retry recovers without reload', async () => {
    const { context, page, go } = await open()
    let up = false
    let tries = 0
    await page.route('**/data/figures.csv', (route) => {
      tries++
      return up ? route.continue() : route.abort('connectionreset')
    })
    await go()
    await retryRecovers(page, '重试', 'data/figures.csv', async () => {
      expect(tries).toBe(4)
      await expect(firstSentence(page)).resolves.toContain('年缴费超7.5亿笔')
      await page.evaluate(() => {
        ;(window as unknown as { notReloaded: boolean }).notReloaded = true
      })
      up = true
    })
    await expect(
      page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded),
    ).resolves.toBe(true)
    await expect(page.getByRole('button', { name: '重试' }).count()).resolves.toBe(0)
    await context.close()
  })

  it('the parser fails to load: the page names it; Retry loads it and recovers', async () => {
    const { context, page, go } = await open()
    let up = false
    // Only a page that fetches its data files loads the parser, as a chunk of its own.
    await page.route(/\/assets\/report-[\w-]+\.js$/, (route) =>
      up ? route.continue() : route.abort('connectionreset'),
    )
    await go()
    await retryRecovers(page, '重试', 'src/data/report.ts', () => {
      up = true
    })
    await expect(page.getByRole('button', { name: '重试' }).count()).resolves.toBe(0)
    await context.close()
  })

  it('a slow request: the page names what it waits for; Retry asks again and recovers', async () => {
    const { context, page, go } = await open('?lang=en')
    let hang = true
    await page.route('**/data/regions.csv', async (route) => {
      // The first request never gets an answer (a dead Wi-Fi); the next one does.
      if (hang) return
      await route.continue()
    })
    await go()
    await retryRecovers(page, 'Retry', 'data/regions.csv', () => {
      hang = false
    })
    await context.close()
  })
})

describe('hostile text in the data is shown as text and never run', () => {
  const hostile = '<img src=x onerror=alert(1)>'
  it.each(['', '?lang=en'])('label and sentence %s', async (query) => {
    const { context, page, console, dialogs, go } = await open(query)
    const figures = real['figures.csv']
      .replace('2021年通过微信支付缴纳社保笔数', hostile)
      .replace('Social-security payments made with WeChat Pay in 2021', hostile)
    const article = real['article.zh.md'].replace(
      '报告显示，',
      `报告显示，${hostile}<script>alert(2)</script>`,
    )
    expect(figures).not.toBe(real['figures.csv'])
    expect(article).not.toBe(real['article.zh.md'])
    await page.route('**/data/figures.csv', (r) => r.fulfill({ body: figures }))
    await page.route('**/data/article.zh.md', (r) => r.fulfill({ body: article }))
    await go()
    await page
      .locator('figure#annual-payments [data-figure="payments-2021"] rect')
      .filter({ visible: true })
      .waitFor()
    if (query === '') {
      await expect(firstSentence(page)).resolves.toContain(`${hostile}<script>alert(2)</script>`)
    }
    // The label shows where labels show: as characters.
    await expect(page.getByText(hostile).first().isVisible()).resolves.toBe(true)
    await page
      .locator('summary', { hasText: /表格|Table/ })
      .first()
      .click()
    await page.waitForTimeout(500)
    await expect(page.locator('img[src="x"], script:not([src]):not([type])').count()).resolves.toBe(
      0,
    )
    expect(dialogs).toEqual([])
    expect(cspViolations(console)).toEqual([])
    await context.close()
  })
})

describe('Content-Security-Policy', () => {
  it.each(['', '?lang=en', '#/present/1', '#/present/2', '#/presenter/1'])(
    'no violation on %s',
    async (path) => {
      const { context, page, console, go } = await open(path)
      await go()
      await page.waitForLoadState('networkidle')
      await page.waitForTimeout(1000)
      const policy = await page
        .locator('meta[http-equiv="Content-Security-Policy"]')
        .getAttribute('content')
      expect(policy).toContain("script-src 'self'")
      expect(policy).not.toContain('unsafe-eval')
      expect(cspViolations(console)).toEqual([])
      expect(console.filter((l) => l.startsWith('pageerror'))).toEqual([])
      await context.close()
    },
  )

  it('the policy is enforced: an inline script is refused and reported', async () => {
    const { context, page, console, go } = await open()
    await go()
    await page.evaluate(() => {
      const s = document.createElement('script')
      s.textContent = 'window.ranInline = true'
      document.body.append(s)
    })
    await expect(
      page.evaluate(() => (window as unknown as { ranInline?: boolean }).ranInline),
    ).resolves.toBeUndefined()
    await expect.poll(() => cspViolations(console).length).toBeGreaterThan(0)
    await context.close()
  })

  it('malformed address parameters fall back to defaults and are never echoed as markup', async () => {
    const { context, page, dialogs, go } = await open(
      '?lang=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E#%E0%A4%A',
    )
    await go()
    await page.locator('#sentence-payments-2021').waitFor()
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-CN')
    await expect(page.locator('img[src="x"]').count()).resolves.toBe(0)
    expect(dialogs).toEqual([])
    await context.close()
  })
})

describe('offline after one visit (service worker)', () => {
  let context: BrowserContext
  afterAll(async () => context?.close())

  it('reloads the dashboard, English edition and the deck with the network gone', async () => {
    context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'e2e-sw-')), {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      headless: true,
      args,
    })
    const page = await context.newPage()
    await page.goto(server.url)
    await page
      .locator('figure#annual-payments [data-figure="payments-2021"] rect')
      .filter({ visible: true })
      .waitFor()
    // The worker is installed and controls the page once it has cached everything.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready
    })
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), {
        timeout: 15_000,
      })
      .toBe(true)
    // The boot script registers the worker: a reader who does nothing gets the page offline too.
    expect(await page.locator('html[data-hydrated]').count()).toBe(0)

    await context.setOffline(true)
    await page.reload()
    await ready(page)
    await page
      .locator('figure#annual-payments [data-figure="payments-2021"] rect')
      .filter({ visible: true })
      .waitFor()
    await expect(firstSentence(page)).resolves.toContain('年缴费超7.5亿笔')

    await page.goto(`${server.url}?lang=en`)
    await ready(page)
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en')
    await page
      .locator('figure#annual-payments [data-figure="payments-2021"] rect')
      .filter({ visible: true })
      .waitFor()

    await page.goto(`${server.url}#/present/1`)
    await ready(page)
    await page.getByText('来源').first().waitFor()
    await expect(page.getByRole('button', { name: /重试|Retry/ }).count()).resolves.toBe(0)
    await context.setOffline(false)
  })
})
