import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import {
  type Browser,
  type BrowserContext,
  chromium,
  type Locator,
  type Page,
} from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sentenceTexts } from '../../src/charts/figureRows'
import { themes } from '../../src/charts/kit/palette'
import { charts } from '../../src/charts/registry'
import { type DataFiles, dataFileNames } from '../../src/data/files'
import { parseReport } from '../../src/data/report'
import type { Figure } from '../../src/data/schema'
import { formatNumber, formatQuantity } from '../../src/i18n/format'
import { browserArgs, launchBrowser, ready } from './browser'
import { startPreview } from './server'

// Every chart card, held (its prerendered drawing, which a card keeps where it fits) and live (the
// chart drawn in the browser, see makeAllLive), checked the same way, whatever draws it. The tests
// iterate over `figure.chart-card` and the registry, not over a list of converted charts.
//
// "A Recharts chart" is a `.recharts-wrapper` in a card's live drawing: tooltips (kit/MarkTooltips,
// shown in the card's drawing), taps and keys are tested on the marks of each of them, and a test
// of its own requires one in every card but the tile-grid map
// (the issue keeps custom SVG only for the map and the waffle, which shares the payment-times card
// with Recharts charts).

const data = resolve(import.meta.dirname, '../../data')
const load = parseReport(
  Object.fromEntries(
    dataFileNames.map((name) => [name, readFileSync(resolve(data, name), 'utf8')]),
  ) as DataFiles,
)
if (!load.report) throw new Error('data/ is not valid')
const report = load.report
const figureById = new Map<string, Figure>(report.figures.map((f) => [f.id, f]))
const sentences = { zh: sentenceTexts(report, 'zh'), en: sentenceTexts(report, 'en') }

/** Cards drawn without Recharts by design: the tile-grid map. */
const customSvgCards = new Set(['regions-map'])

const phone = { width: 390, height: 844 }
const desktop = { width: 1440, height: 900 }

let server: Awaited<ReturnType<typeof startPreview>>
let browser: BrowserContext
let touchBrowser: Browser

beforeAll(async () => {
  server = await startPreview()
  browser = await launchBrowser()
  touchBrowser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: browserArgs,
  })
})
afterAll(async () => {
  await browser?.close()
  await touchBrowser?.close()
  server?.stop()
})

type Box = { x: number; y: number; width: number; height: number }
type Mark = Box & { key: string }
type Text = Box & { text: string; size: number }
/** What a card shows of its chart at one moment: the drawing shown, its marks and its texts. */
type Drawing = {
  id: string
  /** held: a prerendered drawing (narrow or wide); live: the chart drawn in the browser. */
  state: 'held' | 'live' | 'none'
  /**
   * The card's chart box, relative to the card (sections far from the screen are laid out at an
   * estimated height until near it: content-visibility), and the content width it gives the
   * drawing.
   */
  box: Box
  contentWidth: number
  /** The width of each svg the drawing shows (the chart's panels and the legend). */
  svgWidths: number[]
  /** Marks (`[data-figure]`, `[data-region]` with their value), relative to the box. */
  marks: Mark[]
  /** Every non-empty svg <text>, relative to the box, with its type size on screen. */
  texts: Text[]
  /** Figure ids named by marks. */
  figures: string[]
}

/** Every card's drawing as shown now. Runs in the page; reads, never acts (no input). */
function readDrawings(page: Page): Promise<Drawing[]> {
  return page.evaluate(() => {
    const shown = (el: Element) => el.getClientRects().length > 0
    return [...document.querySelectorAll<HTMLElement>('figure.chart-card')].map((card) => {
      const box = card.querySelector<HTMLElement>('[data-chart-box]')
      const boxRect = box?.getBoundingClientRect() ?? new DOMRect()
      const style = box ? getComputedStyle(box) : null
      const contentWidth =
        boxRect.width -
        Number.parseFloat(style?.paddingLeft ?? '0') -
        Number.parseFloat(style?.paddingRight ?? '0') -
        Number.parseFloat(style?.borderLeftWidth ?? '0') -
        Number.parseFloat(style?.borderRightWidth ?? '0')
      const drawing = [...(box?.querySelectorAll('.chart-drawing') ?? [])].find(shown)
      const held =
        drawing?.classList.contains('chart-drawing-narrow') ||
        drawing?.classList.contains('chart-drawing-wide')
      const relative = (r: DOMRect) => ({
        x: r.x - boxRect.x,
        y: r.y - boxRect.y,
        width: r.width,
        height: r.height,
      })
      const marks = [
        ...(drawing?.querySelectorAll<SVGElement>('svg [data-figure], svg [data-region]') ?? []),
      ].map((el) => ({
        key: `${el.dataset.figure ?? `region:${el.dataset.region}`}=${el.dataset.value ?? ''}`,
        ...relative(el.getBoundingClientRect()),
      }))
      const texts = [...(drawing?.querySelectorAll<SVGTextElement>('svg text') ?? [])]
        .filter((t) => (t.textContent ?? '').trim() !== '' && shown(t))
        .map((t) => {
          // The type on screen: the smallest font size of the text and its tspans, times the
          // scale from the svg's user units to the screen.
          const sizes = [t, ...t.querySelectorAll('tspan')].map((e) =>
            Number.parseFloat(getComputedStyle(e).fontSize),
          )
          const m = t.getScreenCTM()
          const scale = m ? Math.hypot(m.a, m.b) : 1
          return {
            text: (t.textContent ?? '').trim(),
            size: Math.min(...sizes) * scale,
            ...relative(t.getBoundingClientRect()),
          }
        })
      const svgWidths = [...(drawing?.querySelectorAll('svg') ?? [])]
        .filter((svg) => !svg.parentElement?.closest('svg') && shown(svg))
        .map((svg) => svg.getBoundingClientRect().width)
      return {
        id: card.id,
        state: drawing ? (held ? 'held' : 'live') : 'none',
        box: {
          x: boxRect.x - card.getBoundingClientRect().x,
          y: boxRect.y - card.getBoundingClientRect().y,
          width: boxRect.width,
          height: boxRect.height,
        },
        contentWidth,
        svgWidths,
        marks,
        texts,
        figures: [...new Set(marks.map((m) => m.key.split('=')[0] ?? ''))],
      } satisfies Drawing
    })
  })
}

/** True once the card shows its live chart only, drawn at its box's width. */
function isLive(card: Locator) {
  return card.evaluate((el) => {
    const box = el.querySelector<HTMLElement>('[data-chart-box]')
    if (!box || box.querySelector('.chart-drawing-narrow, .chart-drawing-wide')) return false
    const live = box.querySelector<HTMLElement>('.chart-drawing')
    if (!live?.querySelector('svg [data-figure], svg [data-region]')) return false
    return Number(live.dataset.drawnWidth) === Math.floor(box.getBoundingClientRect().width)
  })
}

/**
 * Makes every card draw its live chart at its box's width, the way a reader does where the
 * prerendered drawing fits the card (and is kept): a figure of it in the article has the focus
 * (it points at the card) while the card comes into view. Then the focus leaves, and the page
 * goes back to the top.
 */
async function makeAllLive(page: Page) {
  for (const card of await page.locator('figure.chart-card').all()) {
    const id = await card.getAttribute('id')
    await page.locator(`a.figure-link[href="#${id}"]`).first().focus()
    await card.scrollIntoViewIfNeeded()
    await expect.poll(() => isLive(card), { timeout: 15_000, message: `${id} live` }).toBe(true)
  }
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  // Two frames: whatever the last render changed is painted.
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  )
}

/** Records every layout shift from before the first byte (as prerender.e2e.ts does). */
async function recordLayoutShifts(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const shifts: string[] = []
    Object.assign(window, { layoutShifts: shifts })
    type Shift = { value: number; hadRecentInput: boolean; sources: { node: Node | null }[] }
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as Shift[]) {
        if (entry.hadRecentInput) continue
        const moved = entry.sources.map(({ node }) => {
          const element = node instanceof Element ? node : node?.parentElement
          return `${element?.closest('figure')?.id ?? ''} ${element?.className}: ${node?.textContent?.slice(0, 40)}`
        })
        shifts.push(`${entry.value.toFixed(4)} ${moved.join(' | ')}`)
      }
    }).observe({ type: 'layout-shift', buffered: true })
  })
  return () => page.evaluate(() => (window as unknown as { layoutShifts: string[] }).layoutShifts)
}

/**
 * A CSS colour as #rrggbb (or #rrggbbaa): the build's CSS minifier writes #fff for #ffffff, and
 * exports may write rgb().
 */
function normalColour(colour: string): string {
  const c = colour.trim().toLowerCase()
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])([0-9a-f])?$/.exec(c)
  if (short)
    return `#${short
      .slice(1)
      .map((d) => (d ?? '').repeat(2))
      .join('')}`
  const rgb = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)(?:[\s,/]+([\d.]+%?))?\s*\)$/.exec(c)
  if (rgb) {
    const hex = (n: number) => Math.round(n).toString(16).padStart(2, '0')
    const [r, g, b] = rgb.slice(1, 4).map(Number) as [number, number, number]
    const alpha = rgb[4]
    const a =
      alpha === undefined ? 1 : alpha.endsWith('%') ? Number.parseFloat(alpha) / 100 : Number(alpha)
    return `#${hex(r)}${hex(g)}${hex(b)}${a === 1 ? '' : hex(a * 255)}`
  }
  return c
}

/**
 * Records, every frame once the HTML is parsed, the cards whose chart box shows no marks (between
 * the held drawing and the live chart, or a chart that draws its marks only after a first empty
 * render). Frames painted while the HTML arrives may show a box before its drawing is parsed.
 */
async function recordBlankFrames(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const blank = new Set<string>()
    Object.assign(window, { blankFrames: blank })
    const watch = () => {
      for (const box of document.querySelectorAll<HTMLElement>('[data-chart-box]')) {
        const shown = [...box.querySelectorAll('.chart-drawing')].find(
          (d) => d.getClientRects().length > 0,
        )
        if (!shown?.querySelector('svg [data-figure], svg [data-region]'))
          blank.add(box.dataset.chartBox ?? '')
      }
      requestAnimationFrame(watch)
    }
    addEventListener('DOMContentLoaded', () => requestAnimationFrame(watch))
  })
  return () =>
    page.evaluate(() => [...(window as unknown as { blankFrames: Set<string> }).blankFrames])
}

const sorted = (values: string[]) => [...values].sort()
const within = (a: number, b: number, tolerance: number) => Math.abs(a - b) <= tolerance

/**
 * Pairs of texts (from different <text> elements) whose boxes overlap by more than a pixel each
 * way. A text's box is its font's line cell (ascent to descent, taller than the glyphs): lines
 * set one under the other may touch by a fraction of a pixel without their glyphs meeting.
 */
function overlaps(texts: Text[]): string[] {
  const found: string[] = []
  texts.forEach((a, i) => {
    for (const b of texts.slice(i + 1)) {
      const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
      const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
      if (w > 1 && h > 1) found.push(`"${a.text}" × "${b.text}" (${w.toFixed(1)}×${h.toFixed(1)})`)
    }
  })
  return found
}

/** At 390 px: the drawing fills the card, no texts overlap, none is under 11 px on screen. */
function checkPhoneQuality(drawings: Drawing[], state: 'held' | 'live') {
  for (const d of drawings) {
    const where = `${d.id} (${state})`
    expect(d.state, where).toBe(state)
    expect(d.svgWidths.length, where).toBeGreaterThan(0)
    for (const width of d.svgWidths)
      expect(
        Math.abs(width - d.contentWidth),
        `${where}: svg ${width} in ${d.contentWidth}`,
      ).toBeLessThanOrEqual(1)
    expect.soft(overlaps(d.texts), `${where}: overlapping texts`).toEqual([])
    expect
      .soft(
        d.texts.filter((t) => t.size < 11 - 0.01).map((t) => `${t.text} ${t.size.toFixed(1)} px`),
        `${where}: texts under 11 px`,
      )
      .toEqual([])
  }
}

describe('held drawings and live charts', () => {
  it.each([
    ['', phone],
    ['', desktop],
    ['en.html', phone],
    ['en.html', desktop],
  ])(
    '%s at %o: same marks and labels, marks within 2 px, no layout shift',
    async (path, viewport) => {
      const page = await browser.newPage()
      await page.setViewportSize(viewport)
      const layoutShifts = await recordLayoutShifts(page)
      const blankFrames = await recordBlankFrames(page)
      await page.goto(`${server.url}${path}`)
      // Before the first input: every card holds its prerendered drawing.
      const held = await readDrawings(page)
      expect(held.map((d) => d.id)).toEqual(charts.map((c) => c.id))
      expect(held.map((d) => d.state)).toEqual(charts.map(() => 'held'))
      await ready(page)
      await makeAllLive(page)
      const live = await readDrawings(page)
      for (const [i, h] of held.entries()) {
        const l = live[i]
        if (!l) throw new Error(`card ${h.id} is gone`)
        expect(l.state, h.id).toBe('live')
        // The card's chart box neither moves in its card nor changes size (and nothing on the page
        // moves: the layout shifts, below).
        for (const k of ['x', 'y', 'width', 'height'] as const)
          expect(
            within(l.box[k], h.box[k], 0.5),
            `${h.id} box ${k}: ${h.box[k]} → ${l.box[k]}`,
          ).toBe(true)
        expect(l.marks.length, h.id).toBeGreaterThan(0)
        expect
          .soft(
            l.marks.map((m) => m.key),
            `${h.id}: marks`,
          )
          .toEqual(h.marks.map((m) => m.key))
        expect
          .soft(sorted(l.texts.map((t) => t.text)), `${h.id}: labels`)
          .toEqual(sorted(h.texts.map((t) => t.text)))
        const moved = h.marks.flatMap((m, j) => {
          const n = l.marks[j]
          if (!n || n.key !== m.key) return []
          const far = (['x', 'y', 'width', 'height'] as const).filter((k) => !within(n[k], m[k], 2))
          return far.map((k) => `${m.key} ${k} ${m[k].toFixed(1)} → ${n[k].toFixed(1)}`)
        })
        expect.soft(moved, `${h.id}: marks moved going live`).toEqual([])
      }
      expect(await layoutShifts()).toEqual([])
      expect(await blankFrames(), 'cards that showed no marks in a frame').toEqual([])
      await page.close()
    },
  )

  it.each([
    [phone, 'held'],
    [desktop, 'held'],
    // A small phone: the narrow drawing would shrink its 13 px labels under 12 px.
    [{ width: 320, height: 640 }, 'live'],
  ] as const)(
    'at %o, scrolled past every card, each card shows its %s drawing',
    async (viewport, state) => {
      const page = await browser.newPage()
      await page.setViewportSize(viewport)
      await page.goto(server.url)
      await ready(page)
      for (const card of await page.locator('figure.chart-card').all()) {
        await card.scrollIntoViewIfNeeded()
        if (state === 'live') await expect.poll(() => isLive(card), { timeout: 15_000 }).toBe(true)
      }
      // Time for any card that was to go live to do so.
      await page.waitForTimeout(1000)
      expect((await readDrawings(page)).map((d) => `${d.id} ${d.state}`)).toEqual(
        charts.map((c) => `${c.id} ${state}`),
      )
      await page.close()
    },
  )
})

describe('a chart going live while its code is slow to arrive', () => {
  it('keeps its drawing on screen and never hides the section around it', async () => {
    const page = await browser.newPage()
    await page.setViewportSize(desktop)
    const blankFrames = await recordBlankFrames(page)
    await page.addInitScript(() => {
      const hidden: string[] = []
      Object.assign(window, { hiddenSections: hidden })
      // React hides a Suspense boundary's content with an inline display: none.
      new MutationObserver((changes) => {
        for (const { target } of changes)
          if (target instanceof HTMLElement && target.style.display === 'none')
            hidden.push(target.id || target.className)
      }).observe(document, { attributes: true, attributeFilter: ['style'], subtree: true })
    })
    // Every script but the page's own arrives 300 ms late, as on a slow network.
    await page.route('**/assets/*.js', async (route) => {
      await new Promise((done) => setTimeout(done, 300))
      await route.continue()
    })
    await page.goto(server.url)
    await ready(page)
    // Pointing at a figure makes its chart go live at once, wherever its card is.
    for (const link of await page.locator('a.figure-link').all()) await link.hover()
    await makeAllLive(page)
    expect(
      await page.evaluate(() => (window as unknown as { hiddenSections: string[] }).hiddenSections),
    ).toEqual([])
    expect(await blankFrames(), 'cards that showed no marks in a frame').toEqual([])
    await page.close()
  })
})

/** The tooltip a card's drawing shows now, if any: the figure it names and its text. */
async function tooltipOf(frame: Locator): Promise<{ figure: string; text: string } | null> {
  const tip = frame.locator('.mark-tooltip .chart-tooltip')
  if ((await tip.count()) === 0 || !(await tip.first().isVisible())) return null
  return {
    figure: (await tip.first().getAttribute('data-tooltip-figure')) ?? '',
    text: (await tip.first().textContent()) ?? '',
  }
}

async function waitForTooltip(frame: Locator) {
  await expect.poll(async () => (await tooltipOf(frame)) !== null, { timeout: 5000 }).toBe(true)
  return (await tooltipOf(frame)) as { figure: string; text: string }
}

/** The tooltip names one of the card's figures, in its words (超7.5亿笔) and its sentence. */
function expectFigureWords(
  tip: { figure: string; text: string },
  cardFigures: string[],
  where: string,
) {
  // A tooltip may show the parts of one mark together (a 100 % bar): it names each.
  for (const id of tip.figure.split(' ')) {
    expect(cardFigures, `${where}: tooltip of ${id}`).toContain(id)
    const f = figureById.get(id)
    if (!f) throw new Error(`${where}: ${id} is not in figures.csv`)
    expect(tip.text, where).toContain(formatQuantity(f, 'zh', { mode: 'compact' }))
    const sentence = sentences.zh.get(f.sentence)
    if (sentence) expect(tip.text, where).toContain(sentence)
  }
}

/**
 * The Recharts charts of every live card: card id, the chart's wrapper, the card's drawing (which
 * shows the tooltips and takes focus) and the figures its marks draw.
 */
async function rechartsCharts(page: Page) {
  const found: { id: string; wrapper: Locator; frame: Locator; figures: string[] }[] = []
  for (const card of await page.locator('figure.chart-card').all()) {
    const id = (await card.getAttribute('id')) ?? ''
    const figures = await card
      .locator('.chart-drawing svg [data-figure]')
      .evaluateAll((els) => [...new Set(els.map((e) => (e as SVGElement).dataset.figure ?? ''))])
    for (const wrapper of await card.locator('.chart-drawing .recharts-wrapper').all())
      found.push({ id, wrapper, frame: card.locator('.chart-card-drawing'), figures })
  }
  return found
}

describe('the tooltip of every Recharts chart', () => {
  it('every card but the tile-grid map draws its cartesian charts with Recharts', async () => {
    const page = await browser.newPage()
    await page.setViewportSize(desktop)
    await page.goto(server.url)
    await ready(page)
    await makeAllLive(page)
    const withRecharts = await page
      .locator('figure.chart-card')
      .evaluateAll((cards) =>
        cards.filter((c) => c.querySelector('.chart-drawing .recharts-wrapper')).map((c) => c.id),
      )
    expect(withRecharts).toEqual(charts.map((c) => c.id).filter((id) => !customSvgCards.has(id)))
    await page.close()
  })

  it('shows on hover, and on focus with the arrow keys reaching every figure hover reaches', async () => {
    const page = await browser.newPage()
    await page.setViewportSize(desktop)
    await page.goto(server.url)
    await ready(page)
    await makeAllLive(page)
    const found = await rechartsCharts(page)
    expect(found.length).toBeGreaterThan(0)
    for (const [n, { id, wrapper, frame, figures }] of found.entries()) {
      const where = `${id} chart ${n}`
      await wrapper.scrollIntoViewIfNeeded()
      // Hover: every mark in turn.
      const hovered = new Set<string>()
      // The drawn marks (a figure's rect); labels, headings and brackets carry figures too but
      // are not what a reader points at for a tooltip.
      const marks = await wrapper.locator('svg [data-figure] rect').all()
      const targets = marks.length > 0 ? marks : [wrapper.locator('svg').first()]
      for (const mark of targets) {
        await page.mouse.move(0, 0)
        await expect.poll(() => tooltipOf(frame), { timeout: 5000 }).toBe(null)
        await mark.hover({ force: true })
        const tip = await waitForTooltip(frame)
        expectFigureWords(tip, figures, `${where} hover`)
        for (const id of tip.figure.split(' ')) hovered.add(id)
      }
      // Every mark hovered showed a tooltip naming the card's figures (expectFigureWords); a
      // span drawn from two figures (the busiest hour) names the figure it stands for.
      expect(hovered.size, `${where}: figures hovered`).toBeGreaterThan(0)
      await page.mouse.move(0, 0)
      await expect.poll(() => tooltipOf(frame), { timeout: 5000 }).toBe(null)
      // Keyboard: focus the chart, then the arrow keys; the tooltip follows.
      const surface = frame
      expect(await surface.getAttribute('tabindex'), `${where}: a focusable chart`).toBe('0')
      // One tab stop per chart: no svg inside it takes the focus, or claims to be an application.
      expect(await frame.locator('svg[tabindex], svg[role="application"]').count(), where).toBe(0)
      await surface.focus()
      // → to the last mark (the tooltip then stays), then ↑ back to the first.
      const keyed = new Set<string>()
      const stops = await frame.evaluate(
        (el) =>
          new Set(
            [...el.querySelectorAll('svg [data-figure]')].map((m) => m.getAttribute('data-figure')),
          ).size,
      )
      for (let i = 0; i <= stops; i++) {
        await page.keyboard.press('ArrowRight')
        const tip = await waitForTooltip(frame)
        expectFigureWords(tip, figures, `${where} ArrowRight ${i + 1}`)
        for (const id of tip.figure.split(' ')) keyed.add(id)
      }
      for (let i = 0; i <= stops; i++) {
        await page.keyboard.press('ArrowUp')
        for (const id of (await waitForTooltip(frame)).figure.split(' ')) keyed.add(id)
      }
      expect(
        [...hovered].filter((f) => !keyed.has(f)),
        `${where}: not reached by keys`,
      ).toEqual([])
      await surface.blur()
    }
    await page.close()
  })

  it("shows on the prerendered drawing, by hover and keys, before the chart's code has arrived", async () => {
    const page = await browser.newPage()
    await page.setViewportSize(desktop)
    // The age-shares chart's code (and Recharts with it) never arrives: the card keeps its drawing.
    await page.route(/\/assets\/(AgeSharesChart|FigureBars)-[^/]*\.js$/, () => {})
    await page.goto(server.url)
    await ready(page)
    const card = page.locator('#age-shares')
    await card.scrollIntoViewIfNeeded()
    await page.waitForTimeout(500)
    const frame = card.locator('.chart-card-drawing')
    const held = () => frame.locator('.chart-drawing-narrow, .chart-drawing-wide').count()
    expect(await held()).toBe(2)
    const figures = await frame
      .locator('svg [data-figure]')
      .evaluateAll((els) => [...new Set(els.map((e) => (e as SVGElement).dataset.figure ?? ''))])
    const bar = frame
      .locator('[data-figure="age-90s-share"] rect')
      .filter({ visible: true })
      .first()
    await bar.hover({ force: true })
    const tip = await waitForTooltip(frame)
    expect(tip.figure).toBe('age-90s-share')
    expectFigureWords(tip, figures, 'held drawing, hover')
    await page.mouse.move(0, 0)
    await expect.poll(() => tooltipOf(frame), { timeout: 5000 }).toBe(null)
    await frame.focus()
    await page.keyboard.press('ArrowRight')
    expect((await waitForTooltip(frame)).figure).toBe('age-80s-share')
    expect(await held()).toBe(2)
    await page.close()
  })

  it('shows on a tap, on a phone', async () => {
    const context = await touchBrowser.newContext({
      viewport: phone,
      hasTouch: true,
      isMobile: true,
      serviceWorkers: 'block',
    })
    const page = await context.newPage()
    await page.goto(server.url)
    // The first input a touch, as on a phone: after a pointer move (ready()), Chromium replays
    // that pointer's position after each tap, and the chart under it sees the pointer leave.
    await page.locator('h1').tap()
    await page.locator('html[data-hydrated]').waitFor({ state: 'attached' })
    await makeAllLive(page)
    const found = await rechartsCharts(page)
    expect(found.length).toBeGreaterThan(0)
    for (const [n, { id, wrapper, frame, figures }] of found.entries()) {
      const where = `${id} chart ${n}`
      const mark = wrapper.locator('svg [data-figure] rect').first()
      const target = (await mark.count()) > 0 ? mark : wrapper.locator('svg').first()
      await target.scrollIntoViewIfNeeded()
      // The mark's centre, once the page under it has settled: what is there is the mark (no
      // other chart's mark or label on top of it). Then a real tap there.
      const figure = await target.evaluate((el) =>
        el.closest('[data-figure]')?.getAttribute('data-figure'),
      )
      const at = async () =>
        target.evaluate((el) => {
          const r = el.getBoundingClientRect()
          const x = r.x + r.width / 2
          const y = r.y + r.height / 2
          return {
            x,
            y,
            there: document
              .elementFromPoint(x, y)
              ?.closest('[data-figure]')
              ?.getAttribute('data-figure'),
          }
        })
      await expect.poll(async () => (await at()).there, { timeout: 5000 }).toBe(figure)
      const { x, y } = await at()
      await page.touchscreen.tap(x, y)
      const tip = await waitForTooltip(frame)
      expectFigureWords(tip, figures, `${where} tap`)
      // The tooltip is the mark's: a bar's own figure, or (the busiest hour's span, drawn from its
      // start and end) the figure the span stands for; expectFigureWords checks it is the card's.
    }
    await context.close()
  })
})

/** Every svg text in the card's chart box, in every drawing the box holds (held or live). */
const chartTexts = (page: Page) =>
  page.locator('figure.chart-card').evaluateAll((cards) =>
    cards.map((card) => ({
      id: card.id,
      texts: [...card.querySelectorAll('[data-chart-box] svg text')]
        .map((t) => (t.textContent ?? '').trim())
        .filter(Boolean),
    })),
  )

describe('?digits=full', () => {
  it.each([
    ['zh', '?digits=full'],
    ['en', 'en.html?digits=full'],
  ] as const)(
    '%s: no 万/亿/million/billion in any chart text, held or live; the full digits show',
    async (lang, path) => {
      const page = await browser.newPage()
      await page.setViewportSize(desktop)
      await page.goto(`${server.url}${path}`)
      await ready(page)
      const words = /万|亿|million|billion/i
      const check = async (when: string) => {
        for (const { id, texts } of await chartTexts(page)) {
          expect
            .soft(
              texts.filter((t) => words.test(t)),
              `${id} ${when}`,
            )
            .toEqual([])
          const spec = charts.find((c) => c.id === id)
          if (!spec) throw new Error(`no chart ${id}`)
          // Each figure of 10,000 or more that the chart draws as a count shows its full digits.
          const drawn = spec
            .rows(report)
            .filter(
              (row: Partial<Figure>): row is Figure =>
                typeof row.value === 'number' &&
                row.value >= 1e4 &&
                ['payments', 'people', 'yuan'].includes(row.unit ?? ''),
            )
          const all = texts.join(' ')
          for (const f of drawn)
            expect
              .soft(all, `${id} ${when}: ${f.id}`)
              .toContain(formatNumber(f.value, lang, { mode: 'full' }))
        }
      }
      // Every card shows a drawing with its marks (some may be held still), then check it.
      await expect
        .poll(() =>
          page
            .locator('[data-chart-box]')
            .evaluateAll((boxes) =>
              boxes.every((box) =>
                [...box.querySelectorAll('.chart-drawing')].some(
                  (d) =>
                    d.getClientRects().length > 0 &&
                    d.querySelector('svg [data-figure], svg [data-region]') !== null,
                ),
              ),
            ),
        )
        .toBe(true)
      await check('as first shown')
      await makeAllLive(page)
      await check('live')
      await page.close()
    },
  )
})

describe('on a 390 px phone', () => {
  it.each(['', 'en.html'])(
    '%s: every chart, held and live, fills its card, with no overlapping texts and none under 11 px',
    async (path) => {
      const page = await browser.newPage()
      await page.setViewportSize(phone)
      await page.goto(`${server.url}${path}`)
      checkPhoneQuality(await readDrawings(page), 'held')
      await ready(page)
      await makeAllLive(page)
      checkPhoneQuality(await readDrawings(page), 'live')
      await page.close()
    },
  )
})

describe('the chart palette', () => {
  const roles = Object.keys(themes.light) as (keyof typeof themes.light)[]
  it.each([
    ['light', 'light', null],
    ['dark', 'dark', null],
    ['light', 'dark', 'light'],
    ['dark', 'light', 'dark'],
  ] as const)(
    '%s theme (system %s, chosen %s): the page CSS has palette.ts colours',
    async (theme, system, chosen) => {
      const page = await browser.newPage()
      await page.emulateMedia({ colorScheme: system })
      await page.goto(server.url)
      await page.evaluate((chosen) => {
        if (chosen) document.documentElement.dataset.theme = chosen
      }, chosen)
      const values = await page.evaluate(
        (roles) =>
          Object.fromEntries(
            roles.map((role) => [
              role,
              getComputedStyle(document.documentElement).getPropertyValue(`--chart-${role}`),
            ]),
          ),
        roles,
      )
      expect(
        Object.fromEntries(Object.entries(values).map(([role, v]) => [role, normalColour(v)])),
      ).toEqual(Object.fromEntries(roles.map((role) => [role, normalColour(themes[theme][role])])))
      await page.close()
    },
  )

  it.each(['light', 'dark'] as const)(
    'the SVG export of every card, in the %s theme, has light-theme colours only and no var(',
    async (scheme) => {
      const page = await browser.newPage()
      await page.emulateMedia({ colorScheme: scheme })
      await page.setViewportSize(desktop)
      await page.goto(server.url)
      await ready(page)
      const light = new Set(Object.values(themes.light).map(normalColour))
      for (const card of await page.locator('figure.chart-card').all()) {
        const id = await card.getAttribute('id')
        await card.scrollIntoViewIfNeeded()
        await card.locator('.download-menu > summary').click()
        const [file] = await Promise.all([
          page.waitForEvent('download'),
          card.getByRole('link', { name: /SVG/ }).click(),
        ])
        const svg = readFileSync(await file.path(), 'utf8')
        expect(svg, `${id}`).toContain('<svg')
        expect(svg.includes('var('), `${id}: var( in the export`).toBe(false)
        const colours = [
          ...new Set(
            [
              ...svg.matchAll(
                /(?<!url\(|href=")#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})\b|rgba?\([^)]*\)|hsla?\([^)]*\)/g,
              ),
            ].map((m) => normalColour(m[0])),
          ),
        ]
        expect(
          colours.filter((c) => !light.has(c)),
          `${id}: colours not of the light theme`,
        ).toEqual([])
      }
      await page.close()
    },
  )
})
