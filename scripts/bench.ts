// `npm run bench`: builds, serves dist/ with gzip on loopback, makes the limit page (the same
// index.html without any script or module preload) and runs Lighthouse 12.2.3 with its mobile
// defaults on both in turn, 3 times each. Prints medians and ratios page/limit, every chunk's
// gzipped size, and writes artifacts/bench.json. Then, on a 390 px phone at 4× CPU slowdown, a
// scroll from top to bottom (its long tasks, and every chart going live) and taps and hovers on
// live charts (the time to the frame that shows the tooltip). `BENCH_ONLY=interaction` runs only
// these (no build, no Lighthouse), merging them into an existing artifacts/bench.json;
// `BENCH_ONLY=taps` only the first taps (no build, no Lighthouse, nothing written);
// `BENCH_ONLY=load` only Lighthouse on the built page and the limit (no build, nothing written).
import { execSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { extname, join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { type Browser, chromium, type Locator } from 'playwright-core'

const root = resolve(import.meta.dirname, '..')
const dist = resolve(root, 'dist')
const runs = Number(process.env.BENCH_RUNS ?? 3)
const onlyInteraction = process.env.BENCH_ONLY === 'interaction'

if (!process.env.BENCH_ONLY && !process.argv.includes('--no-build'))
  execSync('npm run build', { cwd: root, stdio: 'inherit' })

// The limit: the same prerendered page with every script and module preload removed.
const page = readFileSync(join(dist, 'index.html'), 'utf8')
const limit = page
  .replace(/<script\b[^>]*type="module"[^>]*>[\s\S]*?<\/script>/g, '')
  .replace(/<link\b[^>]*rel="modulepreload"[^>]*>/g, '')
  .replace(/<script\b[^>]*id="query-state"[^>]*>[\s\S]*?<\/script>/g, '')
writeFileSync(join(dist, 'limit.html'), limit)

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
}

/** A static server of dist/ with gzip, like any host would be. */
function serve(): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    let file = resolve(dist, `.${path}`)
    if (!file.startsWith(dist)) return res.writeHead(403).end()
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html')
      const body = readFileSync(file)
      const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
      res.writeHead(200, {
        'Content-Type': types[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
        ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
      })
      res.end(gzip ? gzipSync(body) : body)
    } catch {
      res.writeHead(404).end()
    }
  })
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      ok({
        server,
        url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`,
      })
    }),
  )
}

type Metrics = { score: number; fcp: number; lcp: number; tbt: number; cls: number }

/** The last full Lighthouse report of each target, kept to see where time goes. */
const reports: Record<string, unknown> = {}

async function measure(url: string, port: number): Promise<Metrics> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance'],
  })
  const lhr = result?.lhr
  if (!lhr) throw new Error(`Lighthouse gave no result for ${url}`)
  reports[url.endsWith('limit.html') ? 'limit' : 'page'] = lhr
  const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN
  return {
    score: lhr.categories.performance?.score ?? Number.NaN,
    fcp: audit('first-contentful-paint'),
    lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}

type ManifestChunk = {
  file: string
  isEntry?: boolean
  imports?: string[]
  dynamicImports?: string[]
  src?: string
  css?: string[]
}

/**
 * Every chunk's size, and when it loads: at load (the entry and its static imports), at the
 * reader's first input (the app and React DOM, imported by the entry, with their static imports),
 * or on use (Recharts' card, the deck, the exports).
 */
function chunkSizes() {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >
  const closure = (keys: string[], seen = new Set<string>()): Set<string> => {
    for (const key of keys) {
      if (seen.has(key)) continue
      seen.add(key)
      closure(manifest[key]?.imports ?? [], seen)
    }
    return seen
  }
  const entry = Object.keys(manifest).filter((k) => manifest[k]?.isEntry)
  const atLoad = closure(entry)
  // What the entry imports at the reader's first input: the app and React DOM.
  const app = closure(entry.flatMap((k) => manifest[k]?.dynamicImports ?? []))
  // A chunk's own file and the stylesheets it brings.
  const files = (keys: Set<string>) =>
    new Set(
      [...keys]
        .flatMap((k) => [manifest[k]?.file ?? '', ...(manifest[k]?.css ?? [])])
        .map((f) => f.replace('assets/', '')),
    )
  const [loadFiles, appFiles] = [files(atLoad), files(app)]
  const assets = join(dist, 'assets')
  return readdirSync(assets)
    .filter((f) => f.endsWith('.js') || f.endsWith('.css'))
    .map((file) => {
      const body = readFileSync(join(assets, file))
      const when = loadFiles.has(file) ? 'at load' : appFiles.has(file) ? 'first input' : 'on use'
      return { file, bytes: body.length, gzip: gzipSync(body).length, when }
    })
    .sort((a, b) => b.gzip - a.gzip)
}

/** The first input's three cases: a tap on a card's 表格, on its 下载与分享 menu, a scroll then a tap. */
const firstTapCases = ['table', 'menu', 'scrollTap'] as const
type FirstTapCase = (typeof firstTapCases)[number]
/** Per case, the page's and the limit's samples: tap to next paint, ms (Event Timing). */
type FirstTaps = Record<FirstTapCase, { page: number[]; limit: number[] }>

/**
 * What the reader's first input costs while the code is not there yet: the time from the first
 * tap to the next paint, as the Event Timing API reports it (the longest entry of the tap's
 * interaction: its pointerdown, pointerup and click, input delay, handlers and the paint). On a
 * phone as Lighthouse plays one (412 px, touch, 4× slower CPU, 150 ms round trips, 1.6 Mbit/s
 * down), in a fresh context with no service worker, each case on the page and on the limit in
 * turn. The tap is the very first input in `table` and `menu`: the card is scrolled into view as
 * the page is parsed, as if the page had opened there, and the boot script does not see that
 * scroll (a scroll by the reader would be an input);
 * `scrollTap` scrolls to the card once the page has loaded, then taps.
 * An interaction under 16 ms has no entry and counts as 16 ms.
 */
async function firstTapTimes(url: string): Promise<FirstTaps> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  })
  const once = async (address: string, input: FirstTapCase, retries = 2): Promise<number> => {
    const context = await browser.newContext({
      viewport: { width: 412, height: 823 },
      isMobile: true,
      hasTouch: true,
      serviceWorkers: 'block',
    })
    const page = await context.newPage()
    await page.addInitScript(() => {
      const entries: { name: string; duration: number; interactionId: number }[] = []
      Object.assign(window, { benchEvents: entries })
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEventTiming & { interactionId: number })[])
          entries.push({ name: e.name, duration: e.duration, interactionId: e.interactionId })
      }).observe({
        type: 'event',
        buffered: true,
        durationThreshold: 16,
      } as PerformanceObserverInit)
    })
    // Without a scroll by the reader: the card is brought into view as soon as it is parsed.
    // tsx keeps function names with a helper, `__name`, that functions sent to the page call.
    await page.addInitScript('window.__name = (f) => f')
    // Without a scroll by the reader: the card is put in view as soon as it is parsed and styled.
    if (input !== 'scrollTap')
      await page.addInitScript(() => {
        let done = false
        const inView = () => {
          const card = document.getElementById('age-shares')
          const css = document.querySelector('link[rel=stylesheet]') as HTMLLinkElement | null
          if (done || !css || !card?.querySelector('.chart-card-source')) return
          if (!css.sheet) return css.addEventListener('load', inView, { once: true })
          done = true
          parsed.disconnect()
          card.scrollIntoView({ block: 'center' })
        }
        const parsed = new MutationObserver(inView)
        parsed.observe(document, { childList: true, subtree: true })
        // That scroll is the harness's, not the reader's: the boot script, which may listen by
        // then, does not see it (nor any other scroll before the tap).
        const hidden = (event: Event) => event.stopImmediatePropagation()
        addEventListener('scroll', hidden, { capture: true })
        addEventListener('pointerdown', () => removeEventListener('scroll', hidden, true), {
          capture: true,
          once: true,
        })
      })
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6 * 1024 * 1024) / 8,
      uploadThroughput: (750 * 1024) / 8,
    })
    // Slow 4G on a shared machine: the page can take longer than Playwright's 30 s default.
    await page.goto(address, { waitUntil: 'load', timeout: 120_000 })
    await page.waitForTimeout(1000)
    const card = page.locator('#age-shares')
    const target = card.locator(
      input === 'menu' ? '.download-menu > summary' : '.chart-card-table > summary',
    )
    if (input === 'scrollTap') await target.scrollIntoViewIfNeeded()
    else {
      // The card was put in view as the page was parsed, before the boot script listened: the
      // app's code must not be on its way yet.
      const started = await page.evaluate(
        () =>
          document.documentElement.hasAttribute('data-hydrated') ||
          performance
            .getEntriesByType('resource')
            .some((r) => /\/assets\/(client|main)-/.test(r.name)),
      )
      if (started) {
        // A late shift of the layout scrolled the page after the boot script listened: again.
        await context.close()
        if (retries > 0) return once(address, input, retries - 1)
        throw new Error(`${address}: the app started before the first tap, three times`)
      }
    }
    const box = await target.boundingBox()
    if (!box) throw new Error(`no ${input} control in #age-shares`)
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2)
    await card
      .locator(input === 'menu' ? '.download-menu[open]' : '.chart-card-table[open]')
      .waitFor()
    await page.waitForTimeout(1500)
    const events = (await page.evaluate('window.benchEvents')) as {
      name: string
      duration: number
      interactionId: number
    }[]
    await context.close()
    const tap = events.filter((e) => e.interactionId > 0 && e.name !== 'pointermove')
    return Math.max(16, ...tap.map((e) => e.duration))
  }
  const times = Object.fromEntries(
    firstTapCases.map((c) => [c, { page: [] as number[], limit: [] as number[] }]),
  ) as FirstTaps
  try {
    for (let i = 0; i < runs; i++)
      for (const input of firstTapCases) {
        times[input].page.push(await once(url, input))
        times[input].limit.push(await once(`${url}limit.html`, input))
      }
    return times
  } finally {
    await browser.close()
  }
}

/** A phone as the interaction benches play it: 390 px, touch, 4× slower CPU, no service worker. */
async function phonePage(browser: Browser, { touch = true } = {}) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 3,
    isMobile: touch,
    hasTouch: touch,
    serviceWorkers: 'block',
  })
  const page = await context.newPage()
  // tsx keeps function names with a helper, `__name`, that functions sent to the page call.
  await page.addInitScript('window.__name = (f) => f')
  const cdp = await context.newCDPSession(page)
  return { context, page, cdp }
}

/**
 * Main-thread tasks of the page's renderer in a Chromium trace, as [start ms, duration ms], and
 * the times (ms, same clock) of the page's `performance.mark`s whose name starts with `marked`.
 */
function rendererTasks(
  trace: Buffer,
  marked = 'chart-live ',
): { tasks: { start: number; duration: number }[]; marks: number[] } {
  type TraceEvent = {
    name: string
    ph: string
    pid: number
    tid: number
    ts: number
    dur?: number
    args?: { name?: string }
  }
  const { traceEvents } = JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] }
  const mains = new Set(
    traceEvents
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  )
  const byThread = new Map<string, { start: number; duration: number }[]>()
  for (const e of traceEvents) {
    const thread = `${e.pid}:${e.tid}`
    if (e.ph !== 'X' || !mains.has(thread)) continue
    if (e.name !== 'RunTask' && e.name !== 'ThreadControllerImpl::RunTask') continue
    const tasks = byThread.get(thread) ?? []
    tasks.push({ start: e.ts / 1000, duration: (e.dur ?? 0) / 1000 })
    byThread.set(thread, tasks)
  }
  // The page's renderer is the one that worked most.
  const busiest = [...byThread.values()].sort(
    (a, b) => b.reduce((s, t) => s + t.duration, 0) - a.reduce((s, t) => s + t.duration, 0),
  )[0]
  const marks = traceEvents.filter((e) => e.name.startsWith(marked)).map((e) => e.ts / 1000)
  return { tasks: busiest ?? [], marks }
}

type ScrollResult = {
  /**
   * What came before the scroll: nothing (the scroll is the first input) or the app hydrated; or
   * the limit page (no script), scrolled the same way: what the HTML and CSS alone cost.
   */
  start: 'first input' | 'hydrated' | 'limit'
  cards: number
  /** Cards showing their live chart at the end. */
  live: number
  /**
   * Most charts that went live in one task: each arrival (a MutationObserver callback, at the end
   * of the task that drew it) leaves a `performance.mark` in the trace, counted per task.
   */
  mostLiveInOneTask: number
  scrollMs: number
  longestTaskMs: number
  /** Σ (task − 50 ms) over the scroll, from the trace. */
  totalBlockingMs: number
  tasksOver50: number
  /** What PerformanceObserver('longtask') saw, to compare: count and longest. */
  longtasks: { count: number; longestMs: number }
}

/**
 * Scrolls a 390 px phone page from top to bottom at 4× CPU slowdown (mouse-wheel steps: headless
 * Chromium ignores synthetic touch scroll gestures), under a Chromium trace: every main-thread task of the
 * renderer over the scroll (the trace's RunTask events), and each card's live chart arriving
 * (a MutationObserver in the page; charts that arrive in one callback arrived in one task).
 * `start`: the scroll is the reader's first input (the app loads and hydrates during it), or the
 * page has hydrated first (the pointer moved).
 */
async function scrollBench(
  browser: Browser,
  url: string,
  start: ScrollResult['start'],
): Promise<ScrollResult> {
  const { context, page, cdp } = await phonePage(browser)
  await page.addInitScript(() => {
    const longtasks: number[] = []
    const arrivals: string[][] = []
    Object.assign(window, { benchLongtasks: longtasks, benchArrivals: arrivals })
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longtasks.push(entry.duration)
    }).observe({ type: 'longtask', buffered: true })
    const liveIds = new Set<string>()
    const liveNow = () =>
      [...document.querySelectorAll<HTMLElement>('[data-chart-box]')]
        .filter((box) => {
          const drawing = box.querySelector('.chart-drawing')
          return (
            drawing &&
            !box.querySelector('.chart-drawing-narrow, .chart-drawing-wide') &&
            drawing.querySelector('svg [data-figure], svg [data-region]')
          )
        })
        .map((box) => box.dataset.chartBox ?? '')
    addEventListener('DOMContentLoaded', () => {
      new MutationObserver(() => {
        const arrived = liveNow().filter((id) => !liveIds.has(id))
        for (const id of arrived) liveIds.add(id)
        if (arrived.length) arrivals.push(arrived)
        for (const id of arrived) performance.mark(`chart-live ${id}`)
      }).observe(document.body, { childList: true, subtree: true })
    })
  })
  await page.goto(start === 'limit' ? `${url}limit.html` : url, { waitUntil: 'load' })
  if (start === 'hydrated') {
    await page.mouse.move(5, 5)
    await page.locator('html[data-hydrated]').waitFor({ state: 'attached', timeout: 60_000 })
  }
  await page.waitForTimeout(500)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
  await browser.startTracing(page, {
    categories: [
      'toplevel',
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'blink.user_timing',
    ],
  })
  const began = Date.now()
  const atBottom = () =>
    page.evaluate(
      () => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2,
    )
  // Headless Chromium does not scroll for synthetic touch gestures (Input.synthesizeScrollGesture
  // leaves scrollY at 0): mouse-wheel steps of 300 px every 100 ms, about 3,000 px a second, a
  // brisk flick-through on a phone.
  for (let i = 0; i < 400 && !(await atBottom()); i++) {
    await page.mouse.wheel(0, 300)
    await page.waitForTimeout(100)
  }
  const scrollMs = Date.now() - began
  const cards = await page.locator('figure.chart-card').count()
  // The last charts may still be arriving: wait for them, then for the tasks after them.
  const deadline = Date.now() + 30_000
  const arrived = () =>
    page.evaluate(
      () => (window as unknown as { benchArrivals: string[][] }).benchArrivals.flat().length,
    )
  while ((await arrived()) < cards && Date.now() < deadline) await page.waitForTimeout(200)
  await page.waitForTimeout(1000)
  const trace = await browser.stopTracing()
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
  const { longtasks, arrivals, live } = await page.evaluate(() => {
    const w = window as unknown as { benchLongtasks: number[]; benchArrivals: string[][] }
    return {
      longtasks: w.benchLongtasks,
      arrivals: w.benchArrivals,
      live: document.querySelectorAll(
        '[data-chart-box] .chart-drawing:not(.chart-drawing-narrow):not(.chart-drawing-wide)',
      ).length,
    }
  })
  await context.close()
  const { tasks, marks } = rendererTasks(trace)
  const liveInTask = tasks.map(
    (t) => marks.filter((at) => at >= t.start && at <= t.start + t.duration).length,
  )
  console.log(
    `  scroll (${start}): ${(scrollMs / 1000).toFixed(1)} s, ${tasks.length} tasks, ${marks.length} charts going live`,
  )
  return {
    start,
    cards,
    live,
    mostLiveInOneTask: Math.max(0, ...arrivals.map((a) => a.length), ...liveInTask),
    scrollMs,
    longestTaskMs: Math.max(0, ...tasks.map((t) => t.duration)),
    totalBlockingMs: tasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
    tasksOver50: tasks.filter((t) => t.duration > 50).length,
    longtasks: { count: longtasks.length, longestMs: Math.max(0, ...longtasks) },
  }
}

type TooltipResult = {
  input: 'tap' | 'hover'
  /** Input to the frame that shows the tooltip, ms, one per tap or hover. */
  samples: { chart: string; figure: string; ms: number; eventTimingMs: number | null }[]
  median: number
  min: number
  max: number
  /** Marks that showed no tooltip within 5 s: chart, figure, input. */
  missed: string[]
}

/**
 * Time from a tap (CDP Input.dispatchTouchEvent, through page.touchscreen) or a hover (mouse
 * move) on a chart's mark, as a 390 px phone shows it, to the frame that shows its tooltip, at 4× CPU
 * slowdown: from the input event's timeStamp (pointerdown or pointermove, captured on window)
 * to a MutationObserver seeing the tooltip, then the next animation frame and a task after it
 * (the frame has been produced by then). Event Timing (`event` entries, durationThreshold 16) of
 * the same interaction is kept beside it: it ends at the first paint after the handlers, which
 * misses a tooltip drawn in a later task. One mark per figure of every chart, `rounds` times.
 */
async function tooltipBench(
  browser: Browser,
  url: string,
  input: TooltipResult['input'],
  rounds = 3,
): Promise<TooltipResult> {
  const { context, page, cdp } = await phonePage(browser, { touch: input === 'tap' })
  await page.addInitScript(() => {
    const events: { name: string; start: number; duration: number }[] = []
    Object.assign(window, { benchEvents: events })
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        events.push({ name: e.name, start: e.startTime, duration: e.duration })
    }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit)
  })
  await page.goto(url, { waitUntil: 'load' })
  // The first input as the reader's: a touch on a phone (after a pointer move, Chromium replays
  // the pointer's place after every tap, and the chart sees it leave), else the pointer.
  if (input === 'tap') await page.locator('h1').tap()
  else await page.mouse.move(5, 5)
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached', timeout: 60_000 })
  // One drawn mark (a rect) per figure of every chart, as the reader's phone shows it: the
  // prerendered drawing, which cards keep at this width (src/dashboard/heldDrawing.tsx).
  const marks: Locator[] = []
  const seen = new Set<string>()
  for (const mark of await page.locator('[data-chart-box] svg [data-figure] rect').all()) {
    const key = await mark.evaluate((el) =>
      el.getClientRects().length === 0
        ? null
        : `${el.closest('figure')?.id} ${el.closest('[data-figure]')?.getAttribute('data-figure')}`,
    )
    if (key !== null && !seen.has(key)) marks.push(mark)
    if (key !== null) seen.add(key)
  }
  const samples: TooltipResult['samples'] = []
  const missed: string[] = []
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
  for (let round = 0; round < rounds; round++) {
    for (const mark of marks) {
      await mark.scrollIntoViewIfNeeded()
      const box = await mark.boundingBox()
      if (!box) continue
      const figure = await mark.evaluate(
        (el) => el.closest('[data-figure]')?.getAttribute('data-figure') ?? '',
      )
      const chart = await mark.evaluate((el) => el.closest('figure')?.id ?? '')
      // Away from the chart first: the tooltip goes, and the next input brings it back.
      if (input === 'tap') await page.touchscreen.tap(2, 2)
      else await page.mouse.move(1, 1)
      await page.waitForTimeout(300)
      // Listening before the input is sent; the input, then the answer.
      await mark.evaluate(
        (el, kind) => {
          const w = window as unknown as { benchShown: Promise<{ ms: number; at: number }> }
          w.benchShown = new Promise<{ ms: number; at: number }>((done, fail) => {
            const wrapper = el.closest('.chart-card-drawing')
            if (!wrapper) return fail(new Error('no chart around the mark'))
            let at = 0
            addEventListener(kind, (event) => (at = event.timeStamp), {
              capture: true,
              once: true,
            })
            const visible = () => {
              const tip = wrapper.querySelector<HTMLElement>('.chart-tooltip')
              return tip !== null && tip.getClientRects().length > 0
            }
            const observer = new MutationObserver(() => {
              if (!at || !visible()) return
              observer.disconnect()
              requestAnimationFrame(() =>
                setTimeout(() => done({ ms: performance.now() - at, at })),
              )
            })
            observer.observe(wrapper, { childList: true, subtree: true, attributes: true })
            setTimeout(() => fail(new Error('no tooltip within 5 s')), 5000)
          })
        },
        input === 'tap' ? 'pointerdown' : 'pointermove',
      )
      const x = box.x + box.width / 2
      const y = box.y + box.height / 2
      if (input === 'tap') await page.touchscreen.tap(x, y)
      else await page.mouse.move(x, y, { steps: 1 })
      const shown = await page
        .evaluate(
          () =>
            (window as unknown as { benchShown: Promise<{ ms: number; at: number }> }).benchShown,
        )
        .catch(() => null)
      // A mark that shows no tooltip is named, not timed.
      if (!shown) {
        missed.push(`${chart} ${figure} (${input})`)
        continue
      }
      const { ms, at } = shown
      const eventTimingMs = await page.evaluate((at) => {
        const events = (
          window as unknown as { benchEvents: { start: number; duration: number }[] }
        ).benchEvents.filter((e) => e.start >= at - 1 && e.start < at + 500)
        return events.length ? Math.max(...events.map((e) => e.duration)) : null
      }, at)
      samples.push({ chart, figure, ms, eventTimingMs })
    }
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
  await context.close()
  const times = samples.map((s) => s.ms)
  return {
    input,
    samples,
    median: median(times),
    min: Math.min(...times),
    max: Math.max(...times),
    missed,
  }
}

/** Both interaction benches, in a browser of their own. */
async function interactionBench(url: string) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  })
  try {
    // `runs` times each, in turn: the machine's noise falls on page and limit alike.
    const scroll: ScrollResult[] = []
    for (let run = 0; run < runs; run++)
      for (const start of ['first input', 'hydrated', 'limit'] as const)
        scroll.push(await scrollBench(browser, url, start))
    const tooltip = [
      await tooltipBench(browser, url, 'tap'),
      await tooltipBench(browser, url, 'hover'),
    ]
    return { scroll, tooltip }
  } finally {
    await browser.close()
  }
}

type Interaction = Awaited<ReturnType<typeof interactionBench>>

/** The interaction figures against the bounds. */
function interactionGoals({ scroll: all, tooltip }: Interaction) {
  const scroll = all.filter((s) => s.start !== 'limit')
  // Held against the limit page scrolled in the same runs: the median of each start's longest task.
  const longest = (start: ScrollResult['start']) =>
    median(all.filter((s) => s.start === start).map((s) => s.longestTaskMs))
  const bound = Math.max(100, longest('limit'))
  return {
    'phone scroll, 4× CPU: no card waits for Recharts (each keeps its prerendered drawing)':
      scroll.every((s) => s.live === 0),
    'phone scroll, 4× CPU: longest task ≤ 100 ms, or ≤ the limit page’s own (medians of the runs)':
      longest('first input') <= bound && longest('hydrated') <= bound,
    'tooltip on a tap or hover, 4× CPU: painted ≤ 100 ms (every sample)': tooltip.every(
      (t) => t.samples.length > 0 && t.max <= 100,
    ),
  }
}

function printInteraction({ scroll, tooltip }: Interaction) {
  const fmt = (n: number) => n.toFixed(0)
  console.log(
    '\nscroll top to bottom, 390 px phone, 4× CPU (wheel steps of 300 px / 100 ms; tasks from a trace); the limit page (no script) scrolled the same way for reference\n',
  )
  console.log(
    '| start | charts live | most live in one task | scroll ms | longest task ms | TBT ms | tasks > 50 ms | longtask observer (n, longest ms) |',
  )
  console.log('|---|---|---|---|---|---|---|---|')
  for (const s of scroll)
    console.log(
      `| ${s.start} | ${s.live}/${s.cards} | ${s.mostLiveInOneTask} | ${fmt(s.scrollMs)} | ${fmt(s.longestTaskMs)} | ${fmt(s.totalBlockingMs)} | ${s.tasksOver50} | ${s.longtasks.count}, ${fmt(s.longtasks.longestMs)} |`,
    )
  console.log('\n| start | longest task ms, median (min–max) | TBT ms, median (min–max) |')
  console.log('|---|---|---|')
  for (const start of ['first input', 'hydrated', 'limit'] as const) {
    const runs = scroll.filter((s) => s.start === start)
    const spread = (v: number[]) =>
      `${fmt(median(v))} (${fmt(Math.min(...v))}–${fmt(Math.max(...v))})`
    console.log(
      `| ${start} | ${spread(runs.map((s) => s.longestTaskMs))} | ${spread(runs.map((s) => s.totalBlockingMs))} |`,
    )
  }
  console.log('\ntooltip, input to the frame that shows it, 4× CPU (bound 100 ms)\n')
  console.log('| input | samples | median ms | min ms | max ms | Event Timing max ms |')
  console.log('|---|---|---|---|---|---|')
  for (const t of tooltip) {
    const timed = t.samples.flatMap((s) => (s.eventTimingMs === null ? [] : [s.eventTimingMs]))
    console.log(
      `| ${t.input} | ${t.samples.length} (${[...new Set(t.samples.map((s) => s.chart))].join(', ')}) | ${fmt(t.median)} | ${fmt(t.min)} | ${fmt(t.max)} | ${timed.length ? fmt(Math.max(...timed)) : '< 16'} |`,
    )
  }
  for (const t of tooltip)
    if (t.missed.length) console.log(`no tooltip on ${t.input}: ${t.missed.join('; ')}`)
  console.log('\ninteraction goals:')
  for (const [goal, met] of Object.entries(interactionGoals({ scroll, tooltip })))
    console.log(`  ${met ? 'met    ' : 'NOT MET'}  ${goal}`)
}

const firstTapLabels: Record<FirstTapCase, string> = {
  table: 'a tap on 表格',
  menu: 'a tap on 下载与分享',
  scrollTap: 'a scroll, then a tap on 表格',
}

function printFirstTaps(taps: FirstTaps) {
  const ms = (n: number) => n.toFixed(0)
  const spread = (v: number[]) => `${ms(median(v))} (${ms(Math.min(...v))}–${ms(Math.max(...v))})`
  console.log(
    `\nfirst tap to next paint (Event Timing; 412 px touch, 4× CPU, slow 4G; ${runs} runs): median (min–max) ms\n`,
  )
  console.log('| first input | page | limit |\n|---|---|---|')
  for (const c of firstTapCases)
    console.log(`| ${firstTapLabels[c]} | ${spread(taps[c].page)} | ${spread(taps[c].limit)} |`)
}

type LoadSamples = { page: Metrics[]; limit: Metrics[] }
const metricKeys = ['score', 'fcp', 'lcp', 'tbt', 'cls'] as const

function loadMedians(samples: LoadSamples) {
  return Object.fromEntries(
    (['page', 'limit'] as const).map((k) => [
      k,
      Object.fromEntries(metricKeys.map((m) => [m, median(samples[k].map((s) => s[m]))])),
    ]),
  ) as Record<'page' | 'limit', Metrics>
}

/** Lighthouse's figures of the page and the limit: median (min–max) of the runs, and the ratios. */
function printLoad(samples: LoadSamples) {
  const medians = loadMedians(samples)
  const cell = (k: 'page' | 'limit', m: (typeof metricKeys)[number], digits: number) => {
    const values = samples[k].map((s) => s[m])
    const f = (n: number) => n.toFixed(digits)
    return `${f(medians[k][m])} (${f(Math.min(...values))}–${f(Math.max(...values))})`
  }
  console.log(
    `\nLighthouse 12.2.3, mobile defaults, ${samples.page.length} runs each, page and limit in turn: median (min–max)\n`,
  )
  console.log('| | score | FCP ms | LCP ms | TBT ms | CLS |')
  console.log('|---|---|---|---|---|---|')
  for (const k of ['page', 'limit'] as const)
    console.log(
      `| ${k} | ${cell(k, 'score', 2)} | ${cell(k, 'fcp', 0)} | ${cell(k, 'lcp', 0)} | ${cell(k, 'tbt', 0)} | ${cell(k, 'cls', 3)} |`,
    )
  const ratio = (m: 'fcp' | 'lcp') => (medians.page[m] / medians.limit[m]).toFixed(2)
  console.log(
    `| page/limit | | ${ratio('fcp')}× | ${ratio('lcp')}× | +${(medians.page.tbt - medians.limit.tbt).toFixed(0)} | |`,
  )
}

if (process.env.BENCH_ONLY === 'taps') {
  const { server, url } = await serve()
  try {
    printFirstTaps(await firstTapTimes(url))
  } finally {
    server.close()
  }
  process.exit(0)
}

if (onlyInteraction) {
  const { server, url } = await serve()
  let interaction: Interaction
  try {
    interaction = await interactionBench(url)
  } finally {
    server.close()
  }
  printInteraction(interaction)
  const file = resolve(root, 'artifacts/bench.json')
  mkdirSync(resolve(root, 'artifacts'), { recursive: true })
  const before = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {}
  writeFileSync(
    file,
    JSON.stringify(
      { ...before, interaction, interactionGoals: interactionGoals(interaction) },
      null,
      2,
    ),
  )
  console.log('\nmerged into artifacts/bench.json')
  process.exit(0)
}

const { server, url } = await serve()
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
})
const samples: { page: Metrics[]; limit: Metrics[] } = { page: [], limit: [] }
try {
  for (let i = 0; i < runs; i++) {
    samples.page.push(await measure(url, chrome.port))
    samples.limit.push(await measure(`${url}limit.html`, chrome.port))
  }
} finally {
  await chrome.kill()
}
if (process.env.BENCH_ONLY === 'load') {
  server.close()
  printLoad(samples)
  process.exit(0)
}
let taps: FirstTaps
let interaction: Interaction
try {
  taps = await firstTapTimes(url)
  interaction = await interactionBench(url)
} finally {
  server.close()
}

const medians = loadMedians(samples)
const chunks = chunkSizes()
const jsGzip = (when: string[]) =>
  chunks
    .filter((c) => when.includes(c.when) && c.file.endsWith('.js'))
    .reduce((sum, c) => sum + c.gzip, 0)
const atLoadJsGzip = jsGzip(['at load'])
// The goal counts what a reader who does anything loads: the boot script and the app.
const firstLoadJsGzip = jsGzip(['at load', 'first input'])
const ratio = (m: 'fcp' | 'lcp') => medians.page[m] / medians.limit[m]
const goals = {
  'LCP within 1.2× of the limit': ratio('lcp') <= 1.2,
  'FCP within 1.2× of the limit': ratio('fcp') <= 1.2,
  'performance score ≥ 0.97': medians.page.score >= 0.97,
  'TBT ≤ 150 ms': medians.page.tbt <= 150,
  'TBT at most 60 ms over the limit': medians.page.tbt - medians.limit.tbt <= 60,
  'CLS ≤ 0.01': medians.page.cls <= 0.01,
  'first-load JS (at load and at the first input) ≤ 120 KB gzip': firstLoadJsGzip <= 120 * 1024,
  'first tap to next paint ≤ 200 ms (median, each case)': firstTapCases.every(
    (c) => median(taps[c].page) <= 200,
  ),
}

const fmt = (n: number, digits = 0) => n.toFixed(digits)
printLoad(samples)
console.log(
  `\nJS at load: ${fmt(atLoadJsGzip / 1024, 1)} KB gzip; with the app at the first input: ${fmt(firstLoadJsGzip / 1024, 1)} KB gzip\n`,
)
console.log('| chunk | KB | KB gzip | loads |\n|---|---|---|---|')
for (const c of chunks)
  console.log(`| ${c.file} | ${fmt(c.bytes / 1024, 1)} | ${fmt(c.gzip / 1024, 1)} | ${c.when} |`)
printFirstTaps(taps)
console.log('\ngoals:')
for (const [goal, met] of Object.entries(goals))
  console.log(`  ${met ? 'met    ' : 'NOT MET'}  ${goal}`)
printInteraction(interaction)

mkdirSync(resolve(root, 'artifacts'), { recursive: true })
writeFileSync(
  resolve(root, 'artifacts/bench.json'),
  JSON.stringify(
    {
      runs,
      samples,
      medians,
      atLoadJsGzip,
      firstLoadJsGzip,
      taps,
      chunks,
      goals,
      interaction,
      interactionGoals: interactionGoals(interaction),
    },
    null,
    2,
  ),
)
for (const [k, lhr] of Object.entries(reports))
  writeFileSync(resolve(root, `artifacts/lighthouse-${k}.json`), JSON.stringify(lhr))
console.log('\nwritten to artifacts/bench.json and artifacts/lighthouse-{page,limit}.json')
