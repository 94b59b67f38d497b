// What a reader sees and does, in the engine ENGINE names (chromium, firefox or webkit): one test
// body for the three engines readers use. `npm run test:e2e` runs this file in each.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { downloadFiles, downloadHref } from '../../src/export/downloadFiles'
import { type Engine, launchEngine, type Tab } from './engines'
import { recordedErrors, startPreview, startRecorder } from './server'

let preview: Awaited<ReturnType<typeof startPreview>>
let site: Awaited<ReturnType<typeof startRecorder>>
let engine: Engine
let tab: Tab
/** Set by a test whose pages cannot load the recorder (offline, its site is gone). */
let unrecorded = false

beforeAll(async () => {
  preview = await startPreview()
  site = await startRecorder(preview.url)
  engine = await launchEngine()
}, 120_000)
afterAll(async () => {
  await engine?.close()
  site?.stop()
  preview?.stop()
})
// Every test ends with the page's own record clean: no script error, no failed load, no CSP
// violation, nothing written to console.error.
afterEach(async () => {
  const errors = await tab.evaluate((name) => (window as never)[name] as string[], recordedErrors)
  await tab.close()
  if (unrecorded) unrecorded = false
  else expect(errors).toEqual([])
})

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Polls fn in the page until it returns something truthy. */
async function until<A, R>(fn: (arg: A) => R, arg?: A, what = 'condition', ms = 20_000) {
  const deadline = Date.now() + ms
  for (;;) {
    const value = await tab.evaluate(fn, arg)
    if (value) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await wait(100)
  }
}

/** A new tab of the given size, at the given address of the site. */
async function open(path = '', width = 1440, height = 900) {
  tab = await engine.newTab()
  await tab.resize(width, height)
  await tab.goto(`${site.url}${path}`)
}

/**
 * The page's code loads at the reader's first input: two pointer moves and a wheel turn (WebKit's
 * driver did not always start the app on one move), then the page marks <html data-hydrated>.
 */
async function ready() {
  await tab.move(1, 1)
  await tab.move(2, 2)
  await tab.wheel(2, 2, 1)
  await until(() => document.documentElement.hasAttribute('data-hydrated'), undefined, 'hydration')
  await tab.evaluate(() => window.scrollTo(0, 0))
}

/** Clicks, as a pointer does, the first visible control in `selector` whose text matches. */
async function clickControl(selector: string, text: string) {
  const at = await tab.evaluate(
    ({ selector, text }) => {
      const control = [...document.querySelectorAll<HTMLElement>(selector)].find(
        (e) => e.textContent?.includes(text) && e.getClientRects().length > 0,
      )
      if (!control) return null
      control.scrollIntoView({ block: 'center' })
      const r = control.getBoundingClientRect()
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 }
    },
    { selector, text },
  )
  if (!at) throw new Error(`no visible control "${text}" in ${selector}`)
  await tab.click(at.x, at.y)
}

/** The cards' ids, in page order: all seven of the registry. */
async function chartIds() {
  const ids = await tab.evaluate(() =>
    [...document.querySelectorAll('figure.chart-card')].map((f) => f.id),
  )
  expect(ids).toHaveLength(7)
  return ids
}

/** Brings each card to the screen in turn, and waits until each has drawn marks of some size. */
async function drawEveryCard() {
  for (const id of await chartIds()) {
    await tab.evaluate((id) => document.getElementById(id)?.scrollIntoView(), id)
    await until(
      (id) =>
        [
          ...document.querySelectorAll(
            `figure#${id} svg [data-figure] rect, figure#${id} svg [data-figure] path, figure#${id} svg [data-region] rect`,
          ),
        ].some((mark) => {
          const r = mark.getBoundingClientRect()
          return r.width > 0 && r.height > 0
        }),
      id,
      `marks drawn in ${id}`,
    )
  }
}

describe(`in ${process.env.ENGINE ?? 'chromium'}`, () => {
  it('the prerendered page shows every card before any input, and hydrates without moving them', async () => {
    await open('', 390, 844)
    const boxes = () =>
      tab.evaluate(() =>
        [
          ...document.querySelectorAll(
            'h1, figure.chart-card, figure.chart-card svg, .dashboard-article p',
          ),
        ].map((e) => {
          const r = e.getBoundingClientRect()
          // A drawing not rendered (the other width's) has no place on the page: its box is
          // zeros in the viewport, which scrollY would turn into a place.
          const at = e.checkVisibility()
            ? [r.left, r.top + scrollY, r.width].map(Math.round).join(',')
            : 'not rendered'
          return `${e.tagName} ${e.closest('[id]')?.id} ${at}`
        }),
      )
    // As first painted: after the page's first rendering updates, where an on-screen section
    // (content-visibility: auto on phones) leaves its placeholder size. WebKit could be asked
    // before that, and read the first section 966 px short.
    await tab.evaluate(
      () => new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(painted))),
    )
    const before = await boxes()
    expect(await tab.evaluate(() => document.documentElement.hasAttribute('data-hydrated'))).toBe(
      false,
    )
    await chartIds()
    await ready()
    await wait(500)
    const after = await boxes()
    expect(after.flatMap((box, i) => (box === before[i] ? [] : `${before[i]} → ${box}`))).toEqual(
      [],
    )
  })

  it.each([390, 768, 1440])(
    'draws every card at %i px, nothing wider than the screen',
    async (width) => {
      await open('', width, 900)
      await ready()
      await drawEveryCard()
      // As the page comes, then with every menu open: the header's (with 引用) and each card's.
      for (const menus of ['closed', 'open']) {
        const overflow = await tab.evaluate((menus) => {
          if (menus === 'open')
            for (const menu of document.querySelectorAll<HTMLDetailsElement>(
              'header details, figure.chart-card details.menu',
            ))
              menu.open = true
          const page = document.documentElement.clientWidth
          const wide = [
            ...document.querySelectorAll<HTMLElement>('main *, header *, figure.chart-card'),
          ].filter((e) => {
            const r = e.getBoundingClientRect()
            // What is drawn: not inside a closed menu. Inside a scroll box (the data table's) is
            // not outside the page.
            return (
              e.checkVisibility() &&
              r.width > 0 &&
              r.right > page + 1 &&
              !e.closest('.chart-table-scroll')
            )
          })
          return {
            shown: [...document.querySelectorAll('.cite-panel')].filter((e) => e.checkVisibility())
              .length,
            scroll: document.documentElement.scrollWidth,
            page,
            wide: wide.map((e) => `${e.tagName}.${e.className}`).slice(0, 5),
          }
        }, menus)
        expect(overflow.shown, menus).toBe(menus === 'open' ? 1 : 0)
        expect(overflow.wide, menus).toEqual([])
        expect(overflow.scroll, menus).toBeLessThanOrEqual(overflow.page)
      }
    },
  )

  it('never starts a line with closing punctuation after a figure link, at 390 px', async () => {
    await open('', 390, 844)
    await ready()
    const starts = await tab.evaluate(async () => {
      const bad: string[] = []
      let checked = 0
      for (const link of document.querySelectorAll('.figure-link')) {
        const next = link.nextSibling?.firstChild ?? link.nextSibling
        if (!(next instanceof Text) || !/^[，。、；：！？）」』”]/.test(next.data)) continue
        // On screen, so that its section is laid out (content-visibility: auto on phones).
        link.scrollIntoView({ block: 'center' })
        for (let frame = 0; frame < 2; frame++)
          await new Promise((resolve) => requestAnimationFrame(resolve))
        const range = document.createRange()
        range.setStart(next, 0)
        range.setEnd(next, 1)
        const mark = range.getBoundingClientRect()
        const rects = link.getClientRects()
        const end = rects[rects.length - 1]
        // On the link's last line: its middle lies within that line's box.
        const middle = (mark.top + mark.bottom) / 2
        checked++
        if (!end || middle < end.top || middle > end.bottom)
          bad.push(`${link.textContent}${next.data.slice(0, 4)}`)
      }
      return { bad, checked }
    })
    expect(starts.bad).toEqual([])
    // The article has a dozen such places.
    expect(starts.checked).toBeGreaterThan(10)
  })

  it('shows each card as a table and back; at 390 px a table cell keeps 4 characters a line', async () => {
    await open('', 390, 844)
    await ready()
    for (const id of await chartIds()) {
      // 表格 is the summary of a <details> holding the table: a click opens it, another closes it.
      await clickControl(`figure#${id} summary`, '表格')
      const table = await until(
        (id) => {
          const table = document.querySelector(`figure#${id} table`)
          // The chart gives way to the table.
          const chart = [...document.querySelectorAll(`figure#${id} .chart-drawing svg`)].some(
            (svg) => svg.checkVisibility(),
          )
          if (!table?.checkVisibility() || chart) return null
          const narrow = [...table.querySelectorAll<HTMLElement>('td, th')].flatMap((cell) => {
            const text = cell.textContent ?? ''
            // Chinese cells: characters per line, from the lines their text is laid out in.
            if (!/^[\u4e00-\u9fff]{4,}$/.test(text)) return []
            const range = document.createRange()
            range.selectNodeContents(cell)
            const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size
            return text.length / lines < 4 ? [`${text} in ${lines} lines`] : []
          })
          return { rows: table.querySelectorAll('tbody tr').length, narrow }
        },
        id,
        `the table of ${id}`,
      )
      expect(table.rows, id).toBeGreaterThan(0)
      expect(table.narrow, id).toEqual([])
      await clickControl(`figure#${id} summary`, '表格')
      await until(
        (id) =>
          document.querySelector(`figure#${id} table`)?.checkVisibility() === false &&
          [...document.querySelectorAll(`figure#${id} .chart-drawing svg`)].some((svg) =>
            svg.checkVisibility(),
          ),
        id,
        `the chart of ${id} back`,
      )
    }
  })

  it('offers each card as CSV, SVG and PNG; the files are the built ones and decode here', async () => {
    await open()
    await ready()
    const ids = await chartIds()
    const controls = await tab.evaluate(
      (ids) =>
        ids.map((id) =>
          ['CSV', 'SVG', 'PNG'].filter((kind) =>
            [...document.querySelectorAll(`figure#${id} :is(a, button)`)].some((c) =>
              c.textContent?.includes(kind),
            ),
          ),
        ),
      ids,
    )
    expect(controls).toEqual(ids.map(() => ['CSV', 'SVG', 'PNG']))
    // Copy as image only where this browser can put an image on the clipboard: in each card's
    // 下载与分享 menu, once open. The app adds it in the render after hydration.
    const copy = await until(
      (count) => {
        for (const menu of document.querySelectorAll<HTMLDetailsElement>(
          'figure.chart-card details.menu',
        ))
          menu.open = true
        const can =
          typeof ClipboardItem !== 'undefined' &&
          typeof navigator.clipboard?.write === 'function' &&
          (!('supports' in ClipboardItem) || ClipboardItem.supports('image/png'))
        const shown = [...document.querySelectorAll('figure.chart-card :is(a, button)')].filter(
          (c) => c.textContent?.includes('复制图片') && c.checkVisibility(),
        ).length
        return shown === (can ? count : 0) ? { can, shown } : null
      },
      ids.length,
      'copy as image in every card where the clipboard takes images, else in none',
    )
    expect(copy.shown).toBe(copy.can ? ids.length : 0)
    const files = downloadFiles(ids).map((f) => ({
      ...f,
      href: downloadHref(f.id, f.lang, f.kind),
    }))
    const read = await tab.evaluate(
      (files) =>
        Promise.all(
          files.map(async (file) => {
            const response = await fetch(file.href)
            if (file.kind === 'csv') {
              const digest = await crypto.subtle.digest('SHA-256', await response.arrayBuffer())
              const sha256 = [...new Uint8Array(digest)]
                .map((b) => b.toString(16).padStart(2, '0'))
                .join('')
              return { ...file, sha256 }
            }
            if (file.kind === 'svg') {
              const svg = new DOMParser().parseFromString(await response.text(), 'image/svg+xml')
              if (svg.querySelector('parsererror'))
                return { ...file, error: 'does not parse', width: 0, colours: 0 }
            }
            // The engine draws the image; a PNG is read back pixel by pixel.
            const image = new Image()
            image.src = file.href
            await image.decode()
            const canvas = document.createElement('canvas')
            canvas.width = image.naturalWidth
            canvas.height = image.naturalHeight
            const context = canvas.getContext('2d') as CanvasRenderingContext2D
            context.drawImage(image, 0, 0)
            const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data
            const colours = new Set<number>()
            for (let i = 0; i < pixels.length; i += 4 * 97)
              colours.add(
                ((pixels[i] ?? 0) << 16) | ((pixels[i + 1] ?? 0) << 8) | (pixels[i + 2] ?? 0),
              )
            return { ...file, width: image.naturalWidth, colours: colours.size }
          }),
        ),
      files,
    )
    for (const file of read) {
      if ('sha256' in file) {
        // The bytes the build wrote, unchanged on the way (a CSV keeps its BOM for Excel).
        const built = readFileSync(resolve(import.meta.dirname, '../../dist', file.href))
        expect(file.sha256, file.name).toBe(createHash('sha256').update(built).digest('hex'))
      } else {
        expect(file, file.name).not.toHaveProperty('error')
        expect(file.width, file.name).toBeGreaterThan(0)
        expect(file.colours, `${file.name}: not one colour`).toBeGreaterThan(2)
      }
    }
  })

  it('walks the deck by keys and by address, every slide inside 1280×720', async () => {
    await open('#/present/1', 1280, 720)
    await ready()
    const shown = () =>
      tab.evaluate(() => ({
        hash: location.hash,
        label: document
          .querySelector('main.deck section[aria-roledescription]:not([aria-hidden])')
          ?.getAttribute('aria-label'),
      }))
    const slideAt = (n: number) =>
      until((hash) => location.hash === hash, `#/present/${n}`, `slide ${n}`)
    await slideAt(1)
    await until(
      () =>
        document.querySelector('main.deck section[aria-roledescription]:not([aria-hidden])') !==
        null,
      undefined,
      'the deck',
    )
    const count = Number((await shown()).label?.split(' / ')[1])
    expect(count).toBeGreaterThanOrEqual(9)
    await tab.press('ArrowRight')
    await slideAt(2)
    await tab.press('ArrowLeft')
    await slideAt(1)
    await tab.press('End')
    await slideAt(count)
    expect((await shown()).label).toBe(`${count} / ${count}`)
    await tab.press('Home')
    await slideAt(1)
    for (let n = 1; n <= count; n++) {
      await tab.goto(`${site.url}#/present/${n}`)
      await until(
        (label) =>
          document
            .querySelector('main.deck section[aria-roledescription]:not([aria-hidden])')
            ?.getAttribute('aria-label') === label,
        `${n} / ${count}`,
        `slide ${n} by address`,
      )
      await wait(250)
      const outside = await tab.evaluate(() => {
        const stage = document.querySelector('main.deck .deck-frame')?.getBoundingClientRect()
        const slide = document.querySelector(
          'main.deck section[aria-roledescription]:not([aria-hidden])',
        )
        if (!stage || !slide) return ['no stage']
        const out = [...slide.querySelectorAll('h2, h3, p, li, text')]
          .filter((e) => e.textContent?.trim() && !e.closest('.visually-hidden'))
          .filter((e) => {
            const r = e.getBoundingClientRect()
            return (
              r.left < stage.left - 1 ||
              r.right > stage.right + 1 ||
              r.top < stage.top - 1 ||
              r.bottom > stage.bottom + 1
            )
          })
          .map((e) => e.textContent?.slice(0, 30) ?? '')
        const root = document.documentElement
        if (root.scrollWidth > innerWidth || root.scrollHeight > innerHeight)
          out.push('the page scrolls')
        return out
      })
      expect(outside, `slide ${n}`).toEqual([])
    }
    await tab.press('Escape')
    await until(() => !location.hash.startsWith('#/present'), undefined, 'the deck closed')
  })

  it('the English edition: English text in a Latin face, Chinese in a CJK face, one zero line', async () => {
    await open('en.html', 390, 844)
    await ready()
    const page = await tab.evaluate(() => {
      const width = (text: Text, at: number) => {
        const range = document.createRange()
        range.setStart(text, at)
        range.setEnd(text, at + 1)
        return range.getBoundingClientRect().width
      }
      // A curly quote in the English article, against the width of the type: full-width is 1 em.
      const quote = [...document.querySelectorAll('.dashboard-article span')]
        .flatMap((s) => [...s.childNodes])
        .find((n): n is Text => n instanceof Text && /[“”’]/.test(n.data))
      const em = quote
        ? Number.parseFloat(getComputedStyle(quote.parentElement as Element).fontSize)
        : 0
      const bars = [...document.querySelectorAll('figure#annual-payments [data-mark="bar"]')]
        .map((b) => b.getBoundingClientRect())
        .filter((r) => r.width > 0)
        .map((r) => Math.round(r.left))
      // Each value label inside its bar, or clear of it, and inside the drawing: never cut.
      const cut = [...document.querySelectorAll('figure#annual-payments [data-figure]')]
        .filter((g) => g.getClientRects().length > 0 && g.querySelector('[data-mark="bar"]'))
        .filter((g) => {
          const bar = g.querySelector('[data-mark="bar"]')?.getBoundingClientRect() as DOMRect
          const label = g.querySelector('[data-mark="value"]')?.getBoundingClientRect() as DOMRect
          const svg = g.closest('svg')?.getBoundingClientRect() as DOMRect
          const within = label.left >= bar.left - 1 && label.right <= bar.right + 1
          const clear =
            label.bottom <= bar.top + 1 || label.top >= bar.bottom - 1 || label.left >= bar.right
          return !(within || clear) || label.left < svg.left - 1 || label.right > svg.right + 1
        })
        .map((g) => g.textContent)
      return {
        cut,
        lang: document.documentElement.lang,
        h1: document.querySelector('h1')?.textContent ?? '',
        quote: quote ? width(quote, quote.data.search(/[“”’]/)) / em : null,
        bars,
      }
    })
    expect(page.lang).toBe('en')
    expect(page.h1).not.toMatch(/[\u4e00-\u9fff]/)
    expect(page.quote).not.toBeNull()
    expect(page.quote).toBeLessThan(0.6)
    expect(page.bars).toHaveLength(2)
    expect(new Set(page.bars).size).toBe(1)
    expect(page.cut).toEqual([])
    // The Chinese original, on the Chinese page: a CJK face draws its punctuation full width.
    // On a phone a section off the screen is not laid out (content-visibility), and its text has
    // no width: bring the sentence into view and measure once it is laid out.
    await tab.goto(site.url)
    await tab.evaluate(() =>
      document.querySelector('#sentence-payments-2021')?.scrollIntoView({ block: 'center' }),
    )
    const comma = await until(
      () => {
        const text = document.querySelector('#sentence-payments-2021 span')?.firstChild as Text
        const at = text.data.indexOf('，')
        const range = document.createRange()
        range.setStart(text, at)
        range.setEnd(text, at + 1)
        return (
          range.getBoundingClientRect().width /
          Number.parseFloat(getComputedStyle(text.parentElement as Element).fontSize)
        )
      },
      undefined,
      'the sentence laid out',
    )
    expect(comma).toBeGreaterThan(0.9)
  })

  it('works offline after one visit', async () => {
    // A site of its own, cut off after the visit: the network is gone for this tab alone.
    const own = await startRecorder(preview.url)
    tab = await engine.newTab()
    await tab.resize(1440, 900)
    await tab.goto(own.url)
    await until(
      () => navigator.serviceWorker?.controller != null,
      undefined,
      'the service worker in control',
    )
    own.stop()
    // The cached pages ask for the recorder, which the worker never cached: not recorded offline.
    unrecorded = true
    for (const path of ['', 'en.html', '#/present/2']) {
      await tab.goto(`${own.url}${path}`)
      await ready()
      await until(
        () =>
          document.querySelector('h1, main.deck section[aria-roledescription]') !== null &&
          document.querySelectorAll('svg [data-figure] rect, svg [data-region] rect').length > 0,
        undefined,
        `${path || 'the page'} offline`,
      )
    }
  })

  it.each(['', 'en.html', '#/present/2', '#/presenter/1'])(
    'no script error and no CSP violation on /%s',
    async (path) => {
      await open(path)
      await ready()
      await wait(1000)
      // The recorder itself listens: a refused inline script is reported.
      expect(
        await tab.evaluate(async (name) => {
          const script = document.createElement('script')
          script.textContent = 'window.ranInline = true'
          const errors = (window as never)[name] as string[]
          const before = errors.length
          document.body.append(script)
          await new Promise((resolve) => setTimeout(resolve, 200))
          // Taken off the record, which afterEach then finds clean of anything else.
          const refused = errors.splice(before).filter((e) => e.startsWith('CSP violation'))
          return { ran: 'ranInline' in window, refused: refused.length }
        }, recordedErrors),
      ).toEqual({ ran: false, refused: 1 })
    },
  )
})
