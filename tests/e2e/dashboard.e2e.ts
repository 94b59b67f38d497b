import { mkdirSync } from 'node:fs'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axeViolations, launchBrowser, openPage, ready } from './browser'
import { startPreview } from './server'

let server: Awaited<ReturnType<typeof startPreview>>
let browser: BrowserContext
const shots = 'artifacts/screenshots'

beforeAll(async () => {
  server = await startPreview()
  browser = await launchBrowser()
  mkdirSync(shots, { recursive: true })
})
afterAll(async () => {
  await browser?.close()
  server?.stop()
})

/** True when the element's box lies at least partly inside the viewport. */
async function inView(page: Page, selector: string) {
  return page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect()
    return r.bottom > 0 && r.top < window.innerHeight
  })
}

describe('the dashboard in Chromium', () => {
  it('draws marks in every card and logs no console errors', async () => {
    const { page, errors } = await openPage(browser, server.url)
    await ready(page)
    const cards = await page.locator('figure.chart-card').all()
    expect(cards.length).toBeGreaterThanOrEqual(7)
    for (const card of cards) {
      const id = await card.getAttribute('id')
      const marks = await card.locator('svg [data-figure], svg [data-region]').count()
      expect(marks, `${id} draws marks`).toBeGreaterThan(0)
      await expect(card.locator('figcaption').textContent()).resolves.not.toBe('')
    }
    expect(errors).toEqual([])
    await page.close()
  })

  it('each 表格 button shows the table and back', async () => {
    const { page } = await openPage(browser, server.url)
    await ready(page)
    for (const card of await page.locator('figure.chart-card').all()) {
      const toggle = card.locator('summary', { hasText: '表格' })
      await toggle.click()
      await card.getByRole('table').waitFor()
      expect(await card.getByRole('table').locator('tbody tr').count()).toBeGreaterThan(0)
      await toggle.click()
      await card.locator('.chart-drawing svg').filter({ visible: true }).first().waitFor()
    }
    await page.close()
  })

  it('a figure link, clicked or pressed with Enter, scrolls to its chart, marks it and sets the address', async () => {
    const { page } = await openPage(browser, server.url)
    await ready(page)
    const links = page.locator('a.figure-link')
    const last = links.last()
    const href = (await last.getAttribute('href')) ?? ''
    await last.click()
    await page.waitForFunction((h) => window.location.hash === h, href)
    await page.waitForTimeout(800)
    expect(await inView(page, href)).toBe(true)
    await expect(page.locator(href).getAttribute('class')).resolves.toContain(
      'chart-card-highlighted',
    )

    await page.evaluate(() => window.scrollTo(0, 0))
    const first = links.first()
    const firstHref = (await first.getAttribute('href')) ?? ''
    await first.focus()
    await page.keyboard.press('Enter')
    await page.waitForFunction((h) => window.location.hash === h, firstHref)
    await page.waitForTimeout(800)
    expect(await inView(page, firstHref)).toBe(true)
    await page.close()
  })

  it('a link to #chart-id opens scrolled to that chart, highlighted', async () => {
    const { page } = await openPage(browser, `${server.url}#payment-times`)
    await ready(page)
    await page.waitForTimeout(800)
    expect(await inView(page, '#payment-times')).toBe(true)
    await expect(page.locator('#payment-times').getAttribute('class')).resolves.toContain(
      'chart-card-highlighted',
    )
    await page.close()
  })

  it('"在文中查看" scrolls to the sentence and marks it', async () => {
    const { page } = await openPage(browser, server.url)
    await ready(page)
    const card = page.locator('figure.chart-card').last()
    await card.getByRole('link', { name: '在文中查看' }).click()
    const sentence = page.locator('.article-sentence-highlighted')
    await sentence.waitFor()
    await page.waitForTimeout(800)
    expect(await sentence.evaluate((el) => el.getBoundingClientRect().top >= 0)).toBe(true)
    await page.close()
  })

  it('the theme chosen is kept on this device: a reload opens in it, before any input', async () => {
    const { page } = await openPage(browser, server.url)
    const menu = page.locator('.page-menu > summary')
    const dark = page.getByRole('radio', { name: '深色' })
    await menu.click()
    await dark.check()
    await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe('dark')
    await page.reload()
    // The app's code loads at the reader's first input; the theme does not wait for it.
    await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe('dark')
    expect(await page.locator('html').getAttribute('data-hydrated')).toBe(null)
    await ready(page)
    await menu.click()
    await expect(dark.isChecked()).resolves.toBe(true)
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
    await page.getByRole('radio', { name: '跟随系统' }).check()
    await page.reload()
    await ready(page)
    await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe(null)
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(
      background,
    )
    await page.close()
  })

  it.each(['light', 'dark'] as const)('axe finds no violations in the %s theme', async (scheme) => {
    const page = await browser.newPage()
    await page.emulateMedia({ colorScheme: scheme })
    await page.setViewportSize({ width: 1440, height: 900 })
    await page.goto(server.url)
    await ready(page)
    expect(await axeViolations(page)).toEqual([])
    await page.screenshot({ path: `${shots}/dashboard-${scheme}.png`, fullPage: true })
    await page.close()
  })

  it('on a phone nothing is wider than the screen and touch targets are at least 44 px', async () => {
    const { page } = await openPage(browser, server.url, { width: 390, height: 844 })
    await ready(page)
    // On a phone, sections far from the screen skip layout (content-visibility: auto): lay them
    // all out, so that every one is measured and in the picture.
    await page.evaluate(() => {
      for (const section of document.querySelectorAll<HTMLElement>('[data-section]'))
        section.style.contentVisibility = 'visible'
    })
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }))
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth)
    const small = await page.locator('button').evaluateAll((buttons) =>
      buttons
        .map((b) => ({ name: b.textContent, box: b.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 0 && (box.width < 44 || box.height < 44))
        .map(({ name }) => name),
    )
    expect(small).toEqual([])
    await page.screenshot({ path: `${shots}/dashboard-phone.png`, fullPage: true })
    await page.close()
  })
})
