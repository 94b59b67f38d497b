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
 * Every chunk's size, and which load when: before first paint (the entry and its static
 * imports), and for the page to become interactive (the app and React DOM, imported by the entry
 * once the page has painted, with their static imports). Charts' drawing code, deck and exports load on use.
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
  const beforePaint = closure(entry)
  // What the entry imports once the page has painted: the app and React DOM.
  const app = closure(entry.flatMap((k) => manifest[k]?.dynamicImports ?? []))
  // A chunk's own file and the stylesheets it brings.
  const files = (keys: Set<string>) =>
    new Set(
      [...keys]
        .flatMap((k) => [manifest[k]?.file ?? '', ...(manifest[k]?.css ?? [])])
        .map((f) => f.replace('assets/', '')),
    )
  const [paintFiles, appFiles] = [files(beforePaint), files(app)]
  const assets = join(dist, 'assets')
  return readdirSync(assets)
    .filter((f) => f.endsWith('.js') || f.endsWith('.css'))
    .map((file) => {
      const body = readFileSync(join(assets, file))
      const when = paintFiles.has(file)
        ? 'before first paint'
        : appFiles.has(file)
          ? 'after first paint'
          : 'on use'
      return {
        file,
        bytes: body.length,
        gzip: gzipSync(body).length,
        when,
        firstLoad: when !== 'on use' && file.endsWith('.js'),
      }
    })
    .sort((a, b) => b.gzip - a.gzip)
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
// First load: every script the page loads without the reader doing anything (before and after paint).
const firstLoadJsGzip = chunks.filter((c) => c.firstLoad).reduce((sum, c) => sum + c.gzip, 0)
const beforePaintJsGzip = chunks
  .filter((c) => c.when === 'before first paint' && c.file.endsWith('.js'))
  .reduce((sum, c) => sum + c.gzip, 0)
const ratio = (m: 'fcp' | 'lcp') => medians.page[m] / medians.limit[m]
const goals = {
  'LCP within 1.2× of the limit': ratio('lcp') <= 1.2,
  'FCP within 1.2× of the limit': ratio('fcp') <= 1.2,
  'performance score ≥ 0.97': medians.page.score >= 0.97,
  'TBT ≤ 150 ms': medians.page.tbt <= 150,
  'CLS ≤ 0.01': medians.page.cls <= 0.01,
  'first-load JS ≤ 120 KB gzip': firstLoadJsGzip <= 120 * 1024,
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
console.log(`\nfirst-load JS: ${fmt(firstLoadJsGzip / 1024, 1)} KB gzip\n`)
console.log('| chunk | KB | KB gzip | first load |\n|---|---|---|---|')
for (const c of chunks)
  console.log(
    `| ${c.file} | ${fmt(c.bytes / 1024, 1)} | ${fmt(c.gzip / 1024, 1)} | ${c.firstLoad ? 'yes' : ''} |`,
  )
console.log('\ngoals:')
for (const [goal, met] of Object.entries(goals))
  console.log(`  ${met ? 'met    ' : 'NOT MET'}  ${goal}`)

mkdirSync(resolve(root, 'artifacts'), { recursive: true })
writeFileSync(
  resolve(root, 'artifacts/bench.json'),
  JSON.stringify(
    { runs, samples, medians, beforePaintJsGzip, firstLoadJsGzip, chunks, goals },
    null,
    2,
  ),
)
for (const [k, lhr] of Object.entries(reports))
  writeFileSync(resolve(root, `artifacts/lighthouse-${k}.json`), JSON.stringify(lhr))
console.log('\nwritten to artifacts/bench.json and artifacts/lighthouse-{page,limit}.json')
