// Build step after `vite build`: renders the real dashboard with React DOM inside jsdom (Recharts
// draws nothing under react-dom/server) from the real data files through the real loader, and
// writes the HTML and the query cache into dist/index.html (Chinese) and dist/en.html (English;
// beside index.html so that every relative address stays the same); then each chart's embed page
// per language into dist/embed/. Then, in a page of the same kind, every download
// (scripts/downloads.ts) into dist/downloads/ and the link-preview images (scripts/ogImages.ts)
// into dist/og/.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { JSDOM } from 'jsdom'
import type { AnyChartSpec } from '../src/charts/spec.ts'
import type { DataFiles } from '../src/data/files.ts'
import type { ReportQueryState } from '../src/data/queries.ts'
import type { Report } from '../src/data/report.ts'
import { embedDir, embedHref, embedReportId } from '../src/embed/embedCode.ts'
import { type Lang, langs, locales } from '../src/i18n/lang.ts'
import { messages } from '../src/i18n/messages.ts'
import { dashboardOgId, ogImageHref, openGraphTags, siteUrl } from './openGraph.ts'
import { addToServiceWorker } from './serviceWorker.ts'

const dist = resolve(process.argv[2] ?? resolve(import.meta.dirname, '../dist'))
const template = readFileSync(resolve(dist, 'index.html'), 'utf8')
const origin = 'http://localhost/'
/** The deployed address that link previews point at (scripts/openGraph.ts). */
const site = siteUrl()

/** Puts jsdom's window in place of Node's globals, as a browser page would have them. */
function installDom(html: string, url: string) {
  const dom = new JSDOM(html, { url, pretendToBeVisual: true })
  const { window } = dom
  const globals: Record<string, unknown> = {
    window,
    document: window.document,
    navigator: window.navigator,
    location: window.location,
    history: window.history,
    localStorage: window.localStorage,
    HTMLElement: window.HTMLElement,
    Element: window.Element,
    Node: window.Node,
    SVGElement: window.SVGElement,
    // The exports serialize the drawn chart (src/export/svg.ts).
    XMLSerializer: window.XMLSerializer,
    Event: window.Event,
    HashChangeEvent: window.HashChangeEvent,
    getComputedStyle: window.getComputedStyle.bind(window),
    requestAnimationFrame: (cb: FrameRequestCallback) => setTimeout(() => cb(performance.now()), 0),
    cancelAnimationFrame: (id: number) => clearTimeout(id),
    ResizeObserver: class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
    IS_REACT_ACT_ENVIRONMENT: false,
  }
  window.matchMedia = ((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener() {},
    removeListener() {},
    addEventListener() {},
    removeEventListener() {},
    dispatchEvent: () => false,
  })) as unknown as typeof window.matchMedia
  globals.matchMedia = window.matchMedia
  for (const [key, value] of Object.entries(globals)) {
    Object.defineProperty(globalThis, key, { value, configurable: true, writable: true })
  }
  return dom
}

/**
 * React's server renderer writes `<!-- -->` between adjacent text nodes so that hydration finds
 * each one again; the browser would merge them when it parses the HTML. Do the same.
 */
function separateTextNodes(node: Node) {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3 && child.nextSibling?.nodeType === 3) {
      child.parentNode?.insertBefore(
        child.ownerDocument?.createComment(' ') as Node,
        child.nextSibling,
      )
    } else {
      separateTextNodes(child)
    }
  }
}

/**
 * Each dashboard section is a Suspense boundary (React hydrates the page a section at a time),
 * and so is every chart's drawing (see src/dashboard/heldDrawing). React's server renderer marks
 * a finished boundary with `<!--$-->` and `<!--/$-->`, and hydration looks for them; a client
 * render writes none. Write them.
 */
function markSuspenseBoundaries(container: Element) {
  const document = container.ownerDocument
  for (const section of container.querySelectorAll('[data-section]')) {
    section.before(document.createComment('$'))
    section.after(document.createComment('/$'))
  }
  for (const box of container.querySelectorAll('[data-chart-box]')) {
    if (!box.querySelector('svg [data-figure], svg [data-region]'))
      throw new Error(`prerender drew nothing in the box of ${box.getAttribute('data-chart-box')}`)
    box.prepend(document.createComment('$'))
    box.append(document.createComment('/$'))
  }
}

/**
 * A held drawing is a picture until its card goes live: CSS scales it to the card's width by its
 * viewBox. Recharts writes its drawing size inline (on its wrapper and its svg), and so do the
 * tile map and the stacked panels (on their box): leave it out, so that the page's style sizes the drawing without
 * !important, narrower than drawn too (a 280 px embed). Its hidden tooltip goes too.
 */
function freezeDrawings(container: Element) {
  for (const drawing of container.querySelectorAll<HTMLElement>(
    '[data-chart-box] .chart-drawing',
  )) {
    for (const tooltip of drawing.querySelectorAll('.recharts-tooltip-wrapper')) tooltip.remove()
    for (const sized of drawing.querySelectorAll<HTMLElement | SVGElement>(
      '.recharts-wrapper, .tile-map, .chart-panels, svg',
    )) {
      sized.style.removeProperty('width')
      sized.style.removeProperty('height')
      if (sized.tagName.toLowerCase() === 'svg' && sized.hasAttribute('viewBox')) {
        sized.removeAttribute('width')
        sized.removeAttribute('height')
      }
      if (sized.getAttribute('style') === '') sized.removeAttribute('style')
    }
  }
}

/** `</script>` or `<!--` inside the JSON must not end the script element. */
const jsonForScript = (value: unknown) =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')

/** data/ through the real loader; refuses data with errors. */
async function loadReport() {
  const { dataFileNames } = await import('../src/data/files.ts')
  const { parseReport } = await import('../src/data/report.ts')
  const files = Object.fromEntries(
    dataFileNames.map((name) => [
      name,
      readFileSync(resolve(import.meta.dirname, '../data', name), 'utf8'),
    ]),
  ) as DataFiles
  const load = parseReport(files)
  if (!load.report) throw new Error(`data/ is not valid: ${JSON.stringify(load.errors, null, 2)}`)
  return { report: load.report }
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

const marks = 'svg [data-figure], svg [data-region]'

/**
 * Lazy chart modules and effects (Recharts measures in effects) settle over a few ticks, more on
 * a busy machine: waits until every drawing has its marks and nothing changed for 5 ticks.
 */
async function settleDrawings(container: Element, act: (tick: () => Promise<void>) => unknown) {
  const drawnDrawings = () =>
    [...container.querySelectorAll('[data-chart-box] .chart-drawing')].filter(
      (drawing) => drawing.querySelector(marks) !== null,
    ).length
  const deadline = Date.now() + 60_000
  for (let last = -1, same = 0; same < 5 && Date.now() < deadline; ) {
    await act(() => new Promise((r) => setTimeout(r, 10)))
    const now = container.innerHTML.length + drawnDrawings()
    same = now === last && drawnDrawings() > 0 ? same + 1 : 0
    last = now
  }
}

/** The charts under `container` whose box lacks either drawing or its marks. */
const blankBoxes = (container: Element) =>
  [...container.querySelectorAll<HTMLElement>('[data-chart-box]')]
    .filter(
      (box) =>
        box.querySelectorAll('.chart-drawing').length !== 2 ||
        [...box.querySelectorAll('.chart-drawing')].some((d) => d.querySelector(marks) === null),
    )
    .map((box) => box.dataset.chartBox)

async function prerender(lang: 'zh' | 'en'): Promise<string> {
  const dom = installDom(template, lang === 'en' ? `${origin}?lang=en` : origin)
  const { QueryClient, dehydrate } = await import('@tanstack/react-query')
  const { act, createElement } = await import('react')
  const { createRoot } = await import('react-dom/client')
  const { Root } = await import('../src/Root.tsx')
  const { PrerenderProvider } = await import('../src/dashboard/drawnWidths.ts')
  const { reportQueryKey } = await import('../src/data/queries.ts')
  const { printAttributes } = await import('../src/print/footer.ts')

  const client = new QueryClient()
  // The page ships the report parsed by the real loader: the browser neither fetches nor parses.
  // Only a valid report is shipped: its query state is the report alone.
  const { report } = await loadReport()
  client.setQueryData<ReportQueryState>(reportQueryKey, { report })
  const container = dom.window.document.getElementById('root')
  if (!container) throw new Error('dist/index.html has no #root')
  Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true })
  const root = createRoot(container)
  await act(async () =>
    root.render(
      createElement(PrerenderProvider, { value: true }, createElement(Root, { client, lang })),
    ),
  )
  await settleDrawings(container, act)
  const cards = container.querySelectorAll('figure.chart-card')
  const blank = blankBoxes(container)
  if (cards.length === 0 || blank.length > 0)
    throw new Error(
      `prerender (${lang}) drew ${cards.length} cards; without both drawings: ${blank.join(', ')}`,
    )
  const markCount = container.querySelectorAll(marks).length
  // The page's HTML is a copy, edited for the browser; React unmounts the tree it rendered.
  const page = container.cloneNode(true) as Element
  freezeDrawings(page)
  markSuspenseBoundaries(page)
  separateTextNodes(page)
  // Chromium lifts the render-blocking as soon as the expected element is inserted, so the
  // element expected is the one after the part that must be whole: the second section.
  const secondSection = page.querySelectorAll('[data-section]')[1]?.id
  if (!secondSection) throw new Error(`prerender (${lang}) found no second section with an id`)
  const html = page.innerHTML
  const state = dehydrate(client)
  // The page reads the shipped queries as the report's: the report must be the only one.
  const shipped = state.queries.map((query) => JSON.stringify(query.queryKey))
  if (shipped.join() !== JSON.stringify(reportQueryKey))
    throw new Error(`prerender (${lang}) would ship queries ${shipped.join(', ')}`)
  await act(async () => root.unmount())
  // Unmounted queries wait 5 minutes to be collected: clear them so the build ends at once.
  client.clear()
  dom.window.close()

  let output = template
    // The first paint waits until the header and the first section are parsed. Over a slow
    // network the HTML arrives in pieces, and a frame painted mid-way shows a half-filled first
    // screen that shifts as the rest arrives (the toolbar, the headline figures, a wrapping line).
    .replace(
      '</head>',
      `  <link rel="expect" href="#${secondSection}" blocking="render" />\n  </head>`,
    )
    .replace(
      '<div id="root"></div>',
      `<div id="root" data-prerendered-lang="${lang}">${html}</div>`,
    )
    .replace(
      '</body>',
      `<script type="application/json" id="query-state">${jsonForScript(state)}</script>\n  </body>`,
    )
  const t = messages[lang]
  output = output
    .replace(
      /<html lang="[^"]*">/,
      `<html lang="${locales[lang]}"${Object.entries(printAttributes(report.meta, lang))
        .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
        .join('')}>`,
    )
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(t.pageTitle)}</title>`)
    .replace(/(<meta name="description" content=")[^"]*"/, `$1${escapeHtml(t.pageDescription)}"`)
    .replace(
      '</head>',
      `  ${openGraphTags({
        site,
        page: lang === 'en' ? 'en.html' : '',
        image: ogImageHref(dashboardOgId, lang),
        title: t.pageTitle,
        description: t.pageDescription,
        imageAlt: t.headlineStrip,
        siteName: t.pageTitle,
        lang,
      })}\n  </head>`,
    )
  console.log(
    `prerendered ${lang}: ${cards.length} cards, ${markCount} marks, ${(output.length / 1024).toFixed(0)} KB`,
  )
  return output
}

/**
 * Every chart's embed page in `lang` (src/embed/EmbedChart.tsx), drawn as the dashboard's cards
 * are: both widths, frozen for the page's CSS to pick one, held when the page hydrates
 * (src/embed/liveEmbed.tsx) until the live chart takes their place.
 */
async function prerenderEmbeds(lang: Lang): Promise<Map<string, string>> {
  const dom = installDom(template, origin)
  const { act, createElement } = await import('react')
  const { createRoot } = await import('react-dom/client')
  const { charts } = await import('../src/charts/registry.ts')
  const { PrerenderProvider } = await import('../src/dashboard/drawnWidths.ts')
  const { EmbedChart } = await import('../src/embed/EmbedChart.tsx')
  const { LangProvider } = await import('../src/i18n/LangContext.tsx')
  const { report } = await loadReport()
  const container = dom.window.document.getElementById('root')
  if (!container) throw new Error('dist/index.html has no #root')
  Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true })
  const root = createRoot(container)
  await act(async () =>
    root.render(
      createElement(
        PrerenderProvider,
        { value: true },
        createElement(LangProvider, {
          lang,
          children: charts.map((spec) => createElement(EmbedChart, { key: spec.id, spec, report })),
        }),
      ),
    ),
  )
  await settleDrawings(container, act)
  const blank = blankBoxes(container)
  if (blank.length > 0) throw new Error(`embed pages (${lang}) without both drawings: ${blank}`)
  const pages = new Map<string, string>()
  for (const spec of charts) {
    const embed = container.querySelector(`[data-embed="${spec.id}"]`)?.cloneNode(true)
    if (!(embed instanceof dom.window.Element)) throw new Error(`no embed page of ${spec.id}`)
    freezeDrawings(embed)
    markSuspenseBoundaries(embed)
    separateTextNodes(embed)
    pages.set(spec.id, embedPage(spec, report, lang, embed.outerHTML))
  }
  await act(async () => root.unmount())
  dom.window.close()
  return pages
}

/**
 * The built page around an embed's HTML: one folder down, its own title and preview, and the
 * report its app hydrates with.
 */
function embedPage(spec: AnyChartSpec, report: Report, lang: Lang, body: string): string {
  const t = messages[lang]
  const title = `${spec.title[lang]} · ${t.pageTitle}`
  const claim = spec.caption(spec.rows(report), lang, 'compact')
  const page = template
    .replace(/<html lang="[^"]*">/, `<html lang="${locales[lang]}">`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(title)}</title>`)
    .replace(/(<meta name="description" content=")[^"]*"/, `$1${escapeHtml(claim)}"`)
    // The same built stylesheet and boot script as the dashboard's, one folder up.
    .replace(/(src|href)="\.\/assets\//g, '$1="../assets/')
    .replace(
      '</head>',
      `  ${openGraphTags({
        site,
        page: embedHref(spec.id, lang),
        image: ogImageHref(spec.id, lang),
        title: spec.title[lang],
        description: claim,
        imageAlt: spec.title[lang],
        siteName: t.pageTitle,
        lang,
      })}\n  </head>`,
    )
    .replace('<body>', '<body class="embed-page">')
    .replace(
      '<div id="root"></div>',
      `<div id="root" data-prerendered-lang="${lang}">${body}</div>`,
    )
    .replace(
      '</body>',
      `<script type="application/json" id="${embedReportId}">${jsonForScript(report)}</script>\n  </body>`,
    )
  if (page.includes('"./assets/') || !page.includes('data-embed='))
    throw new Error(`the embed page of ${spec.id} (${lang}) was not made from dist/index.html`)
  return page
}

writeFileSync(resolve(dist, 'index.html'), await prerender('zh'))
writeFileSync(resolve(dist, 'en.html'), await prerender('en'))

rmSync(resolve(dist, embedDir), { recursive: true, force: true })
mkdirSync(resolve(dist, embedDir), { recursive: true })
const embedPages: { name: string; bytes: Uint8Array }[] = []
for (const lang of langs) {
  for (const [id, html] of await prerenderEmbeds(lang)) {
    const name = embedHref(id, lang)
    writeFileSync(resolve(dist, name), html)
    embedPages.push({ name, bytes: new TextEncoder().encode(html) })
  }
}
addToServiceWorker(dist, embedPages)
console.log(`embed pages: ${embedPages.length} in ${embedDir}/, previews from ${site}`)

// The downloads, drawn in a page set up as the pages above were, with the chart code they loaded.
// Then the preview images, the charts' from the downloads' SVGs.
const downloadsPage = installDom(template, origin)
const { writeDownloads } = await import('./downloads.ts')
const { writeOgImages } = await import('./ogImages.ts')
const { report } = await loadReport()
await writeOgImages(dist, report, await writeDownloads(dist, report))
downloadsPage.window.close()
