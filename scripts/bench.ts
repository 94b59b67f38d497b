// `npm run bench`: builds, serves dist/ with gzip on loopback, makes the limit page (the same
// index.html without any script or module preload) and runs Lighthouse 12.2.3 with its mobile
// defaults on both in turn, 3 times each. Prints medians and ratios page/limit, every chunk's
// gzipped size, and writes artifacts/bench.json.
import { execSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { extname, join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { chromium } from 'playwright-core'

const root = resolve(import.meta.dirname, '..')
const dist = resolve(root, 'dist')
const runs = Number(process.env.BENCH_RUNS ?? 3)

if (!process.argv.includes('--no-build')) execSync('npm run build', { cwd: root, stdio: 'inherit' })

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

/**
 * What loading the code at the first input costs the reader: the time from a tap on a card's
 * 表格 button to the frame that shows it pressed, with the code loading only as the reader
 * scrolls to the button and taps (`first tap`) and with it loaded before (`later tap`: the
 * pointer moved and the page hydrated first). On a phone as Lighthouse plays one (4× slower CPU,
 * 150 ms round trips, 1.6 Mbit/s down), in a fresh context with no service worker (a first visit
 * whose worker has not yet kept the code).
 */
async function tapTimes(url: string): Promise<{ firstTap: number; laterTap: number }> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  })
  const tap = async (codeFirst: boolean) => {
    const context = await browser.newContext({
      viewport: { width: 412, height: 823 },
      serviceWorkers: 'block',
    })
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6 * 1024 * 1024) / 8,
      uploadThroughput: (750 * 1024) / 8,
    })
    await page.goto(url, { waitUntil: 'load' })
    if (codeFirst) {
      await page.mouse.move(5, 5)
      await page.locator('html[data-hydrated]').waitFor({ state: 'attached', timeout: 60_000 })
    }
    await page.waitForTimeout(1000)
    const button = page.locator('#age-shares').getByRole('button', { name: '表格' })
    await button.scrollIntoViewIfNeeded()
    const shown = page.evaluate(
      () =>
        new Promise<number>((done) => {
          const button = document.querySelector('#age-shares [aria-pressed]')
          if (!button) throw new Error('no pressable button in #age-shares')
          let tapped = 0
          window.addEventListener('pointerdown', (event) => (tapped = event.timeStamp), {
            capture: true,
            once: true,
          })
          new MutationObserver((_, observer) => {
            if (button.getAttribute('aria-pressed') !== 'true') return
            observer.disconnect()
            requestAnimationFrame(() => setTimeout(() => done(performance.now() - tapped)))
          }).observe(button, { attributes: true })
        }),
    )
    await button.click()
    const ms = await shown
    await context.close()
    return ms
  }
  try {
    const first: number[] = []
    const later: number[] = []
    for (let i = 0; i < runs; i++) {
      first.push(await tap(false))
      later.push(await tap(true))
    }
    return { firstTap: median(first), laterTap: median(later) }
  } finally {
    await browser.close()
  }
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
let taps: Awaited<ReturnType<typeof tapTimes>>
try {
  taps = await tapTimes(url)
} finally {
  server.close()
}

const keys = ['score', 'fcp', 'lcp', 'tbt', 'cls'] as const
const medians = Object.fromEntries(
  (['page', 'limit'] as const).map((k) => [
    k,
    Object.fromEntries(keys.map((m) => [m, median(samples[k].map((s) => s[m]))])),
  ]),
) as Record<'page' | 'limit', Metrics>
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
  'CLS ≤ 0.01': medians.page.cls <= 0.01,
  'first-load JS (at load and at the first input) ≤ 120 KB gzip': firstLoadJsGzip <= 120 * 1024,
}

const fmt = (n: number, digits = 0) => n.toFixed(digits)
console.log(`\nLighthouse 12.2.3, mobile defaults, median of ${runs} runs each\n`)
console.log('| | score | FCP ms | LCP ms | TBT ms | CLS |')
console.log('|---|---|---|---|---|---|')
for (const k of ['page', 'limit'] as const) {
  const m = medians[k]
  console.log(
    `| ${k} | ${fmt(m.score, 2)} | ${fmt(m.fcp)} | ${fmt(m.lcp)} | ${fmt(m.tbt)} | ${fmt(m.cls, 3)} |`,
  )
}
console.log(`| page/limit | | ${fmt(ratio('fcp'), 2)}× | ${fmt(ratio('lcp'), 2)}× | | |`)
console.log(
  `\nJS at load: ${fmt(atLoadJsGzip / 1024, 1)} KB gzip; with the app at the first input: ${fmt(firstLoadJsGzip / 1024, 1)} KB gzip\n`,
)
console.log('| chunk | KB | KB gzip | loads |\n|---|---|---|---|')
for (const c of chunks)
  console.log(`| ${c.file} | ${fmt(c.bytes / 1024, 1)} | ${fmt(c.gzip / 1024, 1)} | ${c.when} |`)
console.log(
  `\ntap to frame (4× CPU, slow 4G, median of ${runs}): first tap, loading the code, ${fmt(taps.firstTap)} ms; a later tap ${fmt(taps.laterTap)} ms`,
)
console.log('\ngoals:')
for (const [goal, met] of Object.entries(goals))
  console.log(`  ${met ? 'met    ' : 'NOT MET'}  ${goal}`)

mkdirSync(resolve(root, 'artifacts'), { recursive: true })
writeFileSync(
  resolve(root, 'artifacts/bench.json'),
  JSON.stringify(
    { runs, samples, medians, atLoadJsGzip, firstLoadJsGzip, taps, chunks, goals },
    null,
    2,
  ),
)
for (const [k, lhr] of Object.entries(reports))
  writeFileSync(resolve(root, `artifacts/lighthouse-${k}.json`), JSON.stringify(lhr))
console.log('\nwritten to artifacts/bench.json and artifacts/lighthouse-{page,limit}.json')
