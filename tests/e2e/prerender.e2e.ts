import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { JSDOM } from 'jsdom'
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest'
import { charts } from '../../src/charts/registry'
import { browserArgs, launchBrowser, ready } from './browser'
import { startPreview, startTrickle } from './server'

let server: Awaited<ReturnType<typeof startPreview>>
let browser: BrowserContext
let withoutJs: Browser

type LayoutShift = {
  value: number
  hadRecentInput: boolean
  sources: { node: Node | null }[]
}

/**
 * Records, from before the page's first byte, every layout shift as CLS counts them (shifts right
 * after the reader's own input are expected), each as its score and what moved. Returns a reader.
 */
async function recordLayoutShifts(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const shifts: string[] = []
    Object.assign(window, { layoutShifts: shifts })
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as LayoutShift[]) {
        if (entry.hadRecentInput) continue
        const moved = entry.sources.map(({ node }) => {
          const element = node instanceof Element ? node : node?.parentElement
          return `${element?.className}: ${node?.textContent?.slice(0, 40)}`
        })
        shifts.push(`${entry.value.toFixed(4)} ${moved.join(' | ')}`)
      }
    }).observe({ type: 'layout-shift', buffered: true })
  })
  return () => page.evaluate(() => (window as unknown as { layoutShifts: string[] }).layoutShifts)
}

beforeAll(async () => {
  server = await startPreview()
  browser = await launchBrowser()
  withoutJs = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: browserArgs,
  })
})
afterAll(async () => {
  await browser?.close()
  await withoutJs?.close()
  server?.stop()
})

const built = (name: string) =>
  new JSDOM(readFileSync(resolve(import.meta.dirname, '../../dist', name), 'utf8')).window.document

describe('the built page (npm run build)', () => {
  it.each([
    ['index.html', 'zh-CN', '年缴费超7.5亿笔'],
    ['en.html', 'en', 'more than 750 million payments'],
  ])(
    '%s holds the article, every card with drawn marks, its table and description',
    (file, lang, title) => {
      const doc = built(file)
      expect(doc.documentElement.lang).toBe(lang)
      expect(doc.querySelector('h1')?.textContent).toContain(title)
      expect(doc.querySelectorAll('.article-paragraph').length).toBeGreaterThan(10)
      for (const spec of charts) {
        const card = doc.getElementById(spec.id)
        expect(card?.tagName, spec.id).toBe('FIGURE')
        expect(
          card?.querySelectorAll('svg [data-figure], svg [data-region]').length,
          spec.id,
        ).toBeGreaterThan(0)
        expect(card?.querySelector('table tbody tr'), spec.id).not.toBeNull()
        expect(
          card?.querySelector('.chart-card-description')?.textContent?.length,
          spec.id,
        ).toBeGreaterThan(20)
      }
      // One script, fetched at low priority: nothing on the first paint waits for it.
      const scripts = Array.from(doc.querySelectorAll('script[src]'))
      expect(scripts.map((script) => script.getAttribute('fetchpriority'))).toEqual(['low'])
      // Each section is a finished Suspense boundary, as React's server renderer would mark it.
      for (const section of doc.querySelectorAll('[data-section]')) {
        expect(section.previousSibling?.nodeType).toBe(doc.COMMENT_NODE)
        expect(section.previousSibling?.textContent).toBe('$')
        expect(section.nextSibling?.textContent).toBe('/$')
      }
      // The report ships parsed, as JSON, not as code: one query, the valid report.
      const state = doc.getElementById('query-state')
      expect(state?.getAttribute('type')).toBe('application/json')
      const queries = JSON.parse(state?.textContent ?? '').queries
      expect(queries.map((q: { queryKey: unknown }) => q.queryKey)).toEqual([['report']])
      // A valid report alone: no errors, no second copy of its metadata or article.
      expect(Object.keys(queries[0].state.data)).toEqual(['report'])
      expect(queries[0].state.data.report.figures.length).toBeGreaterThan(20)
    },
  )
})

describe('the JavaScript of the built page', () => {
  const manifest: Record<string, { file: string }> = JSON.parse(
    readFileSync(resolve(import.meta.dirname, '../../dist/.vite/manifest.json'), 'utf8'),
  )
  const firstLine = (source: string) => {
    const file = manifest[source]?.file
    if (!file) throw new Error(`dist/.vite/manifest.json has no ${source}`)
    return readFileSync(resolve(import.meta.dirname, '../../dist', file), 'utf8').split('\n')[0]
  }

  it.each(['index.html', 'src/reactDomClient.ts', 'src/main.tsx'])(
    "%s, run at start, opens with V8's compile hint",
    (source) => expect(firstLine(source)).toBe('//# allFunctionsCalledOnLoad'),
  )

  // A module the entry imports is fetched at high priority as soon as the entry arrives: a chain
  // of requests before the first paint (Lighthouse counts it in FCP and LCP).
  it('the boot script imports no other chunk at load', () => {
    const entry = Object.values(
      manifest as Record<string, { isEntry?: boolean; imports?: string[] }>,
    ).filter((chunk) => chunk.isEntry)
    expect(entry).toHaveLength(1)
    expect(entry[0]?.imports ?? []).toEqual([])
  })

  it('builds no download in the browser: no chunk draws a PNG or hands out a blob', () => {
    const assets = resolve(import.meta.dirname, '../../dist/assets')
    for (const file of readdirSync(assets).filter((name) => name.endsWith('.js'))) {
      const source = readFileSync(resolve(assets, file), 'utf8')
      expect(source, file).not.toContain('.toBlob(')
      expect(source, file).not.toContain('revokeObjectURL')
    }
  })

  it.each(['src/charts/AnnualPaymentsChart.tsx', 'src/present/PresentMode.tsx'])(
    '%s, loaded when needed, keeps lazy compilation',
    (source) => expect(firstLine(source)).not.toContain('allFunctionsCalledOnLoad'),
  )
})

describe('without JavaScript', () => {
  it('shows the article and every chart; 表格, the downloads and the language link work', async () => {
    const context = await withoutJs.newContext({
      javaScriptEnabled: false,
      viewport: { width: 1440, height: 900 },
    })
    const page = await context.newPage()
    await page.goto(server.url)
    await expect(page.locator('#sentence-away-regions').textContent()).resolves.toContain(
      '江西、贵州、河南',
    )
    for (const spec of charts) {
      const card = page.locator(`#${spec.id}`)
      // The card shows one of its two prerendered drawings (CSS picks it by the card's width).
      await expect(
        card.locator('.chart-drawing').filter({ visible: true }).count(),
        spec.id,
      ).resolves.toBe(1)
      await expect(
        card
          .locator('.chart-drawing svg [data-figure], .chart-drawing svg [data-region]')
          .filter({ visible: true })
          .count(),
        spec.id,
      ).resolves.toBeGreaterThan(0)
      // 表格 is a native disclosure: it shows the table in place of the chart.
      await expect(card.locator('table').isVisible(), spec.id).resolves.toBe(false)
      await card.locator('summary', { hasText: '表格' }).click()
      await expect(card.locator('table').isVisible(), spec.id).resolves.toBe(true)
      await expect(card.locator('.chart-card-chart').first().isVisible()).resolves.toBe(false)
    }
    // Every download is a link to the file the build wrote: the same bytes as with JavaScript,
    // where the page links the same files (each link checked in downloads.e2e.ts).
    const links = await page
      .locator('a[download]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))
    expect(links.length).toBe(1 + 3 * charts.length)
    const withJs = await browser.newPage()
    await withJs.goto(server.url)
    await ready(withJs)
    await expect(
      withJs.locator('a[download]').evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
    ).resolves.toEqual(links)
    await withJs.close()
    for (const href of links) {
      const file = await page.request.get(`${server.url}${href}`)
      expect(file.status(), href).toBe(200)
      expect(
        Buffer.from(await file.body()).equals(
          readFileSync(resolve(import.meta.dirname, '../../dist', href)),
        ),
        href,
      ).toBe(true)
    }
    // The language link switches edition, and back.
    await page.getByRole('link', { name: 'English' }).click()
    await page.waitForURL(/\/en\.html$/)
    await expect(page.locator('h1').textContent()).resolves.toMatch(/WeChat Pay/)
    await page.getByRole('link', { name: '中文' }).click()
    await page.waitForURL(/\/index\.html$/)
    await expect(page.locator('h1').textContent()).resolves.toMatch(/微信支付/)
    const csv = await page.request.get(`${server.url}data/figures.csv`)
    expect(csv.ok()).toBe(true)
    expect((await csv.text()).split('\n')[0]).toBe(
      'id,topic,label_zh,label_en,value,unit,qualifier,derived,sentence,note,formula',
    )
    await page.screenshot({ path: 'artifacts/screenshots/no-javascript.png', fullPage: true })
    await context.close()
  })
})

describe('hydration', () => {
  it.each([
    ['', { width: 1440, height: 900 }],
    ['', { width: 390, height: 844 }],
    ['en.html', { width: 1440, height: 900 }],
  ])(
    '%s at %o: no console error, no layout shift, no data request, charts live',
    async (path, viewport) => {
      const page = await browser.newPage()
      const errors: string[] = []
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text())
      })
      page.on('pageerror', (e) => errors.push(e.message))
      await page.setViewportSize(viewport)
      const layoutShifts = await recordLayoutShifts(page)
      await page.addInitScript(() => {
        // Every frame, from the prerendered drawing to the live chart: the Recharts card's box
        // is never empty.
        const emptyFrames: number[] = []
        Object.assign(window, { emptyChartFrames: emptyFrames })
        const watch = (time: number) => {
          const box = document.querySelector('[data-chart-box="annual-payments"]')
          if (box && !box.querySelector('svg')) emptyFrames.push(time)
          requestAnimationFrame(watch)
        }
        requestAnimationFrame(watch)
      })
      await page.goto(`${server.url}${path}`)
      await ready(page)
      // Interactive once hydrated: the table toggle works.
      const card = page.locator('#age-shares')
      await card.locator('summary', { hasText: /表格|Table/ }).click()
      await card.getByRole('table').waitFor()
      await card.locator('summary', { hasText: /表格|Table/ }).click()
      // The Recharts card trades its prerendered drawing for the live chart (rendered by React:
      // its elements carry React's `__reactFiber$…` key) when, in view, a figure of it in the
      // article has the focus (src/dashboard/heldDrawing.tsx).
      const annual = page.locator('#annual-payments')
      await page.locator('a.figure-link[href="#annual-payments"]').first().focus()
      await annual.scrollIntoViewIfNeeded()
      await expect
        .poll(() =>
          annual
            .locator('.recharts-wrapper')
            .first()
            .evaluate((el) => Object.keys(el).some((key) => key.startsWith('__reactFiber$'))),
        )
        .toBe(true)
      await page.waitForTimeout(1500)
      expect(
        await page.evaluate(
          () => (window as unknown as { emptyChartFrames: number[] }).emptyChartFrames,
        ),
      ).toEqual([])
      expect(await layoutShifts()).toEqual([])
      const dataRequests = await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((e) => e.name)
          .filter((n) => n.includes('/data/')),
      )
      expect(dataRequests).toEqual([])
      expect(errors).toEqual([])
      await page.close()
    },
  )
})

describe('over a slow network', () => {
  // The HTML arrives in pieces; Chromium paints what it has parsed. The page asks it to wait for
  // the first screen's whole HTML, so nothing on it moves as the rest arrives.
  it.each([
    ['', { width: 390, height: 844 }],
    ['', { width: 1440, height: 900 }],
    ['en.html', { width: 390, height: 844 }],
    ['en.html', { width: 1440, height: 900 }],
    ['en.html', { width: 1920, height: 1080 }],
  ])('%s at %o: nothing moves while the HTML arrives', async (path, viewport) => {
    const trickle = await startTrickle(server.url)
    onTestFinished(() => trickle.stop())
    const page = await browser.newPage()
    await page.setViewportSize(viewport)
    const layoutShifts = await recordLayoutShifts(page)
    await page.goto(`${trickle.url}${path}`)
    await ready(page)
    const painted = await page.evaluate(
      () => performance.getEntriesByName('first-contentful-paint').length,
    )
    expect(painted).toBe(1)
    expect(await layoutShifts()).toEqual([])
    await page.close()
  })
})

describe('the headline figures', () => {
  // Where rel=expect is unknown (WebKit), a frame may show only the first figures: they must
  // already stand where they stay.
  it.each([390, 800, 1024, 1440])(
    'at %i px: the first figures keep their places without the later ones',
    async (width) => {
      const page = await withoutJs.newPage({
        viewport: { width, height: 900 },
        javaScriptEnabled: false,
      })
      await page.goto(server.url)
      const places = () =>
        page.locator('.headline-strip > li').evaluateAll((items) =>
          items.slice(0, 2).map((item) => {
            const { x, y, width } = item.getBoundingClientRect()
            return [x, y, width]
          }),
        )
      const whole = await places()
      const rows = await page
        .locator('.headline-strip > li')
        .evaluateAll((items) => new Set(items.map((item) => item.getBoundingClientRect().y)).size)
      await page.locator('.headline-strip > li').evaluateAll((items) => {
        for (const item of items.slice(2)) item.remove()
      })
      expect(await places()).toEqual(whole)
      // 6 figures: 3 rows of 2, 2 rows of 3, or 1 row of 6.
      expect(rows).toBe(width < 560 ? 3 : width < 1104 ? 2 : 1)
      await page.close()
    },
  )
})

describe('the code loads when the reader acts', () => {
  /** Sections React has taken over: it ties each hydrated element to its fiber (`__reactFiber$…`). */
  const hydratedSections = (page: Page) =>
    page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('[data-section]'))
        .filter((section) => Object.keys(section).some((key) => key.startsWith('__reactFiber$')))
        .map((section) => section.dataset.section),
    )
  const hydrated = (page: Page) => page.locator('html[data-hydrated]').count()
  const scriptsLoaded = (page: Page) =>
    page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname.split('/').pop() ?? '')
        .filter((name) => name.endsWith('.js')),
    )
  /** The page's one script, as the build wrote it into index.html. */
  const bootScript = built('index.html')
    .querySelector('script[type="module"]')
    ?.getAttribute('src')
    ?.split('/')
    .pop()

  /** A new phone page whose scripts, all but the boot script, arrive `ms` late; its 表格 toggles counted. */
  async function slowCodePage(ms: number) {
    const page = await browser.newPage()
    await page.setViewportSize({ width: 390, height: 844 })
    await countToggles(page)
    await page.route('**/assets/*.js', async (route) => {
      if (!bootScripts().some((name) => route.request().url().endsWith(`/${name}`)))
        await new Promise((wait) => setTimeout(wait, ms))
      await route.continue()
    })
    await page.goto(server.url)
    return page
  }

  /** The boot script and what it imports statically (the bundler's runtime helpers), by file name. */
  const bootScripts = () => {
    const manifest: Record<string, { file: string; imports?: string[]; isEntry?: boolean }> =
      JSON.parse(
        readFileSync(resolve(import.meta.dirname, '../../dist/.vite/manifest.json'), 'utf8'),
      )
    const entry = Object.values(manifest).find((chunk) => chunk.file.endsWith(`/${bootScript}`))
    const imported = (entry?.imports ?? []).map(
      (key) => manifest[key]?.file.split('/').pop() ?? key,
    )
    return [bootScript, ...imported].sort()
  }

  it('on a phone: only the boot script until the first input, then every section hydrates', async () => {
    expect(bootScript).toMatch(/\.js$/)
    // The runtime helpers (1 KB) it imports are all it may bring: nothing of React or the app.
    expect(bootScripts().length).toBeLessThanOrEqual(2)
    const page = await browser.newPage()
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto(server.url)
    await page.waitForTimeout(1000)
    expect((await scriptsLoaded(page)).sort()).toEqual(bootScripts())
    expect(await hydrated(page)).toBe(0)
    expect(await hydratedSections(page)).toEqual([])
    await ready(page)
    const sections = await page.locator('[data-section]').count()
    await expect.poll(async () => (await hydratedSections(page)).length).toBe(sections)
    expect((await scriptsLoaded(page)).length).toBeGreaterThan(1)
    await page.close()
  })

  /** Counts, from the first byte, the `toggle` events of every card's 表格 disclosure. */
  const countToggles = (page: Page) =>
    page.addInitScript(() => {
      const toggles: string[] = []
      Object.assign(window, { tableToggles: toggles })
      document.addEventListener(
        'toggle',
        (event) => {
          const details = event.target as HTMLDetailsElement
          if (details.classList?.contains('chart-card-table'))
            toggles.push(`${details.closest('figure')?.id} ${details.open ? 'open' : 'closed'}`)
        },
        true,
      )
    })
  const toggles = (page: Page) =>
    page.evaluate(() => (window as unknown as { tableToggles: string[] }).tableToggles)

  it('a tap before the code has arrived does its job at once, once; the app then keeps it', async () => {
    const page = await slowCodePage(1500)
    const card = page.locator('#age-shares')
    await card.locator('summary', { hasText: '表格' }).click()
    // Done before the app: the table shows.
    expect(await hydrated(page)).toBe(0)
    await expect(card.getByRole('table').isVisible()).resolves.toBe(true)
    await page.locator('html[data-hydrated]').waitFor({ state: 'attached' })
    await expect.poll(() => new URL(page.url()).searchParams.get('table')).toBe('age-shares')
    await page.waitForTimeout(500)
    // No click was replayed: the table opened once and stayed open.
    await expect(toggles(page)).resolves.toEqual(['age-shares open'])
    await expect(card.getByRole('table').isVisible()).resolves.toBe(true)
    await page.close()
  })

  it('the toolbar works before the code has arrived: digits and 演示 are links', async () => {
    const page = await slowCodePage(1500)
    await page.locator('.page-menu > summary').click()
    await page.getByRole('link', { name: '完整数字' }).click()
    await page.waitForURL(/\?digits=full$/)
    // The address asks for what the HTML does not show: the app starts at once and shows it.
    await expect
      .poll(() => page.locator('.headline-figure-value').first().textContent(), {
        timeout: 10_000,
      })
      .toBe('超750,000,000笔')
    await page.locator('.page-menu > summary').click()
    await page.getByRole('link', { name: '演示' }).click()
    await page.waitForURL(/#\/present\/1$/)
    await page.locator('main.deck').waitFor()
    await page.close()
  })

  it('a key pressed before the code has arrived acts at once, and once', async () => {
    const page = await slowCodePage(1500)
    const last = charts.at(-1)?.id ?? ''
    // Focus without scrolling: the card is far from the screen when the key comes.
    await page.evaluate((id) => {
      document
        .querySelector<HTMLElement>(`#${id} .chart-card-table > summary`)
        ?.focus({ preventScroll: true })
    }, last)
    await page.keyboard.press('Enter')
    expect(await hydrated(page)).toBe(0)
    await page.locator(`#${last}`).getByRole('table').waitFor({ state: 'visible' })
    await page.locator('html[data-hydrated]').waitFor({ state: 'attached' })
    await expect.poll(() => new URL(page.url()).searchParams.get('table')).toBe(last)
    await page.waitForTimeout(500)
    await expect(toggles(page)).resolves.toEqual([`${last} open`])
    await page.close()
  })
})
