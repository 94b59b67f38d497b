import { mkdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, openPage, ready } from './browser'
import { startPreview } from './server'

let server: Awaited<ReturnType<typeof startPreview>>
let browser: BrowserContext
/** Chart ids in dashboard order, read from the page: the deck must follow them. */
let chartIds: string[]
const shots = 'artifacts/slides'
const hd = { width: 1920, height: 1080 }

beforeAll(async () => {
  server = await startPreview()
  browser = await launchBrowser()
  mkdirSync(shots, { recursive: true })
  const { page } = await openPage(browser, server.url)
  await page.locator('figure.chart-card svg').first().waitFor({ state: 'attached' })
  chartIds = await page.locator('figure.chart-card').evaluateAll((cards) => cards.map((c) => c.id))
  await page.close()
})
afterAll(async () => {
  await browser?.close()
  server?.stop()
})

/** Title, one slide per chart, closing. */
const slideCount = () => chartIds.length + 2

/** The slide on show: the one section the deck does not hide. */
const shown = (page: Page) =>
  page.locator('main.deck section[aria-roledescription]:not([aria-hidden])')

async function expectSlide(page: Page, n: number) {
  await page.waitForFunction((want) => window.location.hash === want, `#/present/${n}`)
  await expect(shown(page).getAttribute('aria-label')).resolves.toBe(`${n} / ${slideCount()}`)
}

async function openDeck(page: Page, n: number, query = '') {
  await page.goto(`${server.url}${query}#/present/${n}`)
  await ready(page)
  await shown(page).waitFor()
  // Let the 180 ms cross-fade finish before measuring or taking pictures.
  await page.waitForTimeout(250)
}

/**
 * Everything that can overflow on the slide shown: the page's scroll size against the viewport,
 * the stage's box (16:9, filling one dimension), every text box against its own box and the
 * stage, and every text's rendered size against the stage height.
 */
function measure(page: Page) {
  return page.evaluate(() => {
    const frame = document.querySelector('main.deck .deck-frame') as HTMLElement
    const stage = frame.getBoundingClientRect()
    const slide = document.querySelector(
      'main.deck section[aria-roledescription]:not([aria-hidden])',
    ) as HTMLElement
    const problems: string[] = []
    const sizes: { text: string; ratio: number; headline: boolean }[] = []
    const scaleOf = (el: Element) => {
      if (el instanceof SVGElement) {
        const svg = el.ownerSVGElement ?? (el as SVGSVGElement)
        return svg.getBoundingClientRect().width / svg.width.baseVal.value
      }
      const html = el as HTMLElement
      return html.offsetWidth ? el.getBoundingClientRect().width / html.offsetWidth : 1
    }
    const hidden = (el: Element) => el.closest('.visually-hidden') !== null
    const texts = [...slide.querySelectorAll('h2, h3, p, li, span, time, text, tspan')]
    for (const el of texts) {
      if (hidden(el) || !el.textContent?.trim()) continue
      const r = el.getBoundingClientRect()
      const label = `${el.tagName} "${el.textContent.trim().slice(0, 30)}"`
      if (
        r.left < stage.left - 1 ||
        r.right > stage.right + 1 ||
        r.top < stage.top - 1 ||
        r.bottom > stage.bottom + 1
      )
        problems.push(`${label} leaves the stage`)
      if (el instanceof HTMLElement && getComputedStyle(el).display === 'block') {
        if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)
          problems.push(`${label} overflows its box`)
      }
      const px = Number.parseFloat(getComputedStyle(el).fontSize) * scaleOf(el)
      sizes.push({
        text: label,
        ratio: px / stage.height,
        headline: el.classList.contains('deck-headline'),
      })
    }
    return {
      scroll: {
        width: document.documentElement.scrollWidth,
        height: document.documentElement.scrollHeight,
      },
      viewport: { width: window.innerWidth, height: window.innerHeight },
      stage: { width: stage.width, height: stage.height, left: stage.left, top: stage.top },
      problems,
      sizes,
    }
  })
}

/**
 * axe-core's violations, as axeViolations in browser.ts returns them; the built page's CSP
 * (script-src 'self') refuses the inline script tag that helper adds, so axe is evaluated instead.
 */
async function axeViolations(page: Page): Promise<{ id: string; nodes: string[] }[]> {
  const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
  await page.evaluate(source)
  return page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected as a global
    const result = await (window as any).axe.run(document, { resultTypes: ['violations'] })
    return result.violations.map((v: { id: string; nodes: { target: string[] }[] }) => ({
      id: v.id,
      nodes: v.nodes.map((n) => n.target.join(' ')),
    }))
  })
}

describe('the deck in Chromium', () => {
  it('opens from the 演示 link and walks every slide by keyboard at 1920×1080', async () => {
    const { page, errors } = await openPage(browser, server.url, hd)
    await page.locator('figure.chart-card svg').first().waitFor({ state: 'attached' })
    await page.locator('.page-menu > summary').click()
    await page.getByRole('link', { name: '演示' }).click()
    await expectSlide(page, 1)
    await expect(shown(page).textContent()).resolves.toContain('2021微信支付智慧社保数据报告')
    const nextKeys = ['ArrowRight', 'PageDown', 'Space', 'ArrowDown', 'Enter']
    for (let n = 1; n <= slideCount(); n++) {
      await expectSlide(page, n)
      await page.waitForTimeout(250)
      await page.screenshot({ path: `${shots}/slide-${String(n).padStart(2, '0')}.png` })
      await page.keyboard.press(nextKeys[n % nextKeys.length] ?? 'ArrowRight')
    }
    // Past the end the deck stays on the last slide.
    await expectSlide(page, slideCount())
    // The chart slides follow the dashboard's order.
    await page.keyboard.press('Home')
    for (const [i, id] of chartIds.entries()) {
      await page.keyboard.press('PageDown')
      await expectSlide(page, i + 2)
      await expect(
        shown(page).locator('.deck-chart').getAttribute('aria-describedby'),
      ).resolves.toBe(`deck-${id}-description`)
    }
    expect(errors).toEqual([])
    await page.close()
  })

  it('goes back, to the ends, jumps to a typed number, and Esc returns to the chart last shown', async () => {
    const { page } = await openPage(browser, server.url, hd)
    await openDeck(page, 3)
    await page.keyboard.press('ArrowLeft')
    await expectSlide(page, 2)
    await page.keyboard.press('PageUp')
    await expectSlide(page, 1)
    await page.keyboard.press('Backspace')
    await expectSlide(page, 1)
    await page.keyboard.press('End')
    await expectSlide(page, slideCount())
    await page.keyboard.press('ArrowUp')
    await expectSlide(page, slideCount() - 1)
    await page.keyboard.press('Home')
    await expectSlide(page, 1)
    await page.keyboard.type('3')
    await expect(page.getByRole('status').textContent()).resolves.toContain('3')
    await page.keyboard.press('Enter')
    await expectSlide(page, 3)
    await page.keyboard.type('99')
    await page.keyboard.press('Enter')
    await expectSlide(page, slideCount())
    // ? shows the keys, Esc closes them without leaving.
    await page.keyboard.press('?')
    await page.getByRole('dialog', { name: '快捷键' }).waitFor()
    await page.keyboard.press('Escape')
    await page.getByRole('dialog').waitFor({ state: 'detached' })
    await expectSlide(page, slideCount())
    // B blacks the screen and brings it back.
    await page.keyboard.press('b')
    await page.locator('.deck-black').waitFor()
    await page.keyboard.press('B')
    await page.locator('.deck-black').waitFor({ state: 'detached' })
    // The closing slide shows no chart: Esc goes back to the last chart shown, slide 3's.
    await page.keyboard.press('Escape')
    await page.waitForFunction((want) => window.location.hash === want, `#${chartIds[1]}`)
    await page.locator(`figure#${chartIds[1]}`).waitFor()
    await expect(page.locator('main.deck').count()).resolves.toBe(0)
    await page.close()
  })

  it.each([
    { width: 1024, height: 768, query: '' },
    { width: 1280, height: 720, query: '' },
    { width: 3840, height: 2160, query: '' },
    { width: 1280, height: 720, query: '?lang=en' },
  ])(
    'fits every slide on $width×$height $query without a scrollbar or overflow',
    async ({ query, ...viewport }) => {
      const { page } = await openPage(browser, server.url, viewport)
      await openDeck(page, 1, query)
      // Every overflowing text box of every slide, by slide, so one run names them all.
      const overflowing: Record<string, string[]> = {}
      for (let n = 1; n <= slideCount(); n++) {
        if (n > 1) {
          await page.keyboard.press('ArrowRight')
          await expectSlide(page, n)
          await page.waitForTimeout(220)
        }
        const m = await measure(page)
        const where = `${viewport.width}×${viewport.height}${query} slide ${n}`
        expect(m.scroll, where).toEqual(m.viewport)
        // Letterboxed 16:9: one side fills the screen, the other fits inside it.
        expect(m.stage.width / m.stage.height, where).toBeCloseTo(16 / 9, 2)
        expect(m.stage.width, where).toBeLessThanOrEqual(viewport.width + 0.5)
        expect(m.stage.height, where).toBeLessThanOrEqual(viewport.height + 0.5)
        expect(
          Math.max(m.stage.width / viewport.width, m.stage.height / viewport.height),
          where,
        ).toBeCloseTo(1, 2)
        if (m.problems.length) overflowing[`slide ${n}`] = m.problems
        const headline = m.sizes.find((s) => s.headline)
        if (n > 1 && n < slideCount())
          expect(headline?.ratio ?? 0, `${where}: headline`).toBeGreaterThanOrEqual(0.06)
      }
      expect(overflowing).toEqual({})
      if (viewport.width === 3840) await page.screenshot({ path: `${shots}/4k-last.png` })
      await page.close()
    },
  )

  it('draws no text under 2.5 % of the stage height on any slide', async () => {
    const { page } = await openPage(browser, server.url, hd)
    const small: Record<string, string[]> = {}
    for (let n = 1; n <= slideCount(); n++) {
      await openDeck(page, n)
      const tiny = (await measure(page)).sizes.filter((s) => s.ratio < 0.025)
      const name = n === 1 || n === slideCount() ? `slide ${n}` : (chartIds[n - 2] ?? '')
      if (tiny.length)
        small[name] = [...new Set(tiny.map((s) => `${(s.ratio * 100).toFixed(1)} % ${s.text}`))]
    }
    expect(small).toEqual({})
    await page.close()
  })

  it('fades slides briefly, not at all under prefers-reduced-motion; F toggles full screen', async () => {
    const transition = (page: Page) =>
      shown(page).evaluate((el) => getComputedStyle(el).transitionDuration)
    const { page } = await openPage(browser, server.url, hd)
    await openDeck(page, 2)
    const seconds = Number.parseFloat(await transition(page))
    expect(seconds).toBeGreaterThan(0)
    expect(seconds).toBeLessThanOrEqual(0.3)
    await page.emulateMedia({ reducedMotion: 'reduce' })
    await expect(transition(page)).resolves.toBe('0s')
    await page.keyboard.press('f')
    await page.waitForFunction(() => document.fullscreenElement !== null)
    await page.keyboard.press('F')
    await page.waitForFunction(() => document.fullscreenElement === null)
    await page.close()
  })

  it('keeps the slide on reload and corrects malformed numbers', async () => {
    const { page } = await openPage(browser, server.url, hd)
    await openDeck(page, 3)
    await page.reload()
    await ready(page)
    await expectSlide(page, 3)
    for (const [given, want] of [
      ['abc', 1],
      ['0', 1],
      ['-4', 1],
      ['2.5', 1],
      ['999', slideCount()],
    ] as const) {
      await page.goto(`${server.url}#/present/${given}`)
      await expectSlide(page, want)
    }
    await page.close()
  })

  it('the presenter view, opened with P, steers the deck and follows it', async () => {
    const { page: deck } = await openPage(browser, server.url, hd)
    await openDeck(deck, 2)
    const [presenter] = await Promise.all([browser.waitForEvent('page'), deck.keyboard.press('p')])
    await presenter.setViewportSize({ width: 1440, height: 900 })
    await presenter.getByRole('heading', { name: /演讲者视图/ }).waitFor()
    await presenter.waitForFunction(() => window.location.hash === '#/presenter/2')
    // Notes: the article's sentence behind the chart, and the bound spelled out.
    const notes = presenter.getByRole('region', { name: '演讲备注' })
    await expect(notes.textContent()).resolves.toContain('年缴费超7.5亿笔')
    await expect(notes.textContent()).resolves.toContain('下限')
    await expect(presenter.getByRole('timer').textContent()).resolves.toMatch(/^\d\d:\d\d$/)

    await presenter.keyboard.press('ArrowRight')
    await expectSlide(deck, 3)
    await presenter.getByRole('button', { name: '下一张' }).click()
    await expectSlide(deck, 4)
    await deck.keyboard.press('ArrowLeft')
    await presenter.waitForFunction(() => window.location.hash === '#/presenter/3')
    await presenter.keyboard.press('b')
    await deck.locator('.deck-black').waitFor()
    await presenter.keyboard.press('b')
    await deck.locator('.deck-black').waitFor({ state: 'detached' })
    await presenter.screenshot({ path: `${shots}/presenter.png` })
    await presenter.close()
    await deck.close()
  })

  it('prints one landscape page per slide', async () => {
    const { page } = await openPage(browser, server.url, hd)
    await openDeck(page, 2)
    const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString(
      'latin1',
    )
    const pages = pdf.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []
    expect(pages.length).toBe(slideCount())
    // A4 landscape: wider than tall.
    const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf)
    expect(Number(box?.[1])).toBeGreaterThan(Number(box?.[2]))
    await page.close()
  })

  it('axe finds nothing on the title, a chart slide and the closing slide', async () => {
    for (const n of [1, 2, slideCount()]) {
      const { page } = await openPage(browser, server.url, hd)
      await openDeck(page, n)
      expect(await axeViolations(page), `slide ${n}`).toEqual([])
      await page.close()
    }
  })
})
