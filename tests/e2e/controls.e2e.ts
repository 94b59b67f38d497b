import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { type BrowserContext, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axeViolations, browserArgs, launchBrowser, openPage } from './browser'
import { startPreview } from './server'

// The page's controls on a phone: the toolbar and every card's actions in one row each, menus
// that open and close by touch, keyboard and a click outside, and a download offline.

let server: Awaited<ReturnType<typeof startPreview>>
let browser: BrowserContext
const phone = { width: 390, height: 844 }

beforeAll(async () => {
  server = await startPreview()
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  server?.stop()
})

/** The boxes of an element's children that show, top and bottom. */
const rowOf = (page: Page, selector: string) =>
  page.locator(selector).evaluate((row) =>
    [...row.children]
      .map((child) => child.getBoundingClientRect())
      .filter((box) => box.width > 0)
      .map((box) => ({ top: Math.round(box.top), bottom: Math.round(box.bottom) })),
  )

const isOpen = (page: Page, selector: string) =>
  page.locator(selector).evaluate((details: HTMLDetailsElement) => details.open)
const focused = (page: Page) =>
  page.evaluate(() => document.activeElement?.textContent?.trim() ?? '')

describe.each(['', 'en.html'])('on a 390 px phone (%s)', (path) => {
  it('the toolbar and each card’s actions are one row; axe finds nothing, menus open', async () => {
    const { page, errors } = await openPage(browser, `${server.url}${path}`, phone)
    const toolbar = page.locator('.toolbar')
    const height = await toolbar.evaluate((n) => n.getBoundingClientRect().height)
    expect(height).toBeLessThanOrEqual(56)
    const tools = await rowOf(page, '.toolbar')
    expect(tools).toHaveLength(2)
    expect(new Set(tools.map((box) => box.top)).size).toBe(1)
    for (const card of await page.locator('figure.chart-card').all()) {
      const id = await card.getAttribute('id')
      const actions = await card
        .locator('.chart-card-actions')
        .evaluate((row) =>
          [...row.querySelectorAll(':scope > details > summary')].map((summary) =>
            Math.round(summary.getBoundingClientRect().top),
          ),
        )
      expect(actions, `${id}`).toHaveLength(2)
      expect(new Set(actions).size, `${id}`).toBe(1)
    }
    expect(await axeViolations(page)).toEqual([])
    // Open, each menu is still clean.
    await page.locator('.page-menu > summary').click()
    expect(await axeViolations(page)).toEqual([])
    await page.locator('.page-menu > summary').click()
    await page.locator('#age-shares .download-menu > summary').click()
    expect(await axeViolations(page)).toEqual([])
    expect(errors).toEqual([])
    await page.close()
  })
})

describe('the menus', () => {
  it('open and close by keyboard, close on Escape (focus back) and on a click outside', async () => {
    const { page } = await openPage(browser, server.url, phone)
    const menu = '#age-shares .download-menu'
    await page.locator(`${menu} > summary`).focus()
    await page.keyboard.press('Enter')
    expect(await isOpen(page, menu)).toBe(true)
    await page.keyboard.press('Tab')
    expect(await focused(page)).toBe('下载 CSV')
    await page.keyboard.press('Tab')
    expect(await focused(page)).toBe('下载 PNG')
    await page.keyboard.press('Escape')
    expect(await isOpen(page, menu)).toBe(false)
    expect(await focused(page)).toBe('下载与分享')
    await page.keyboard.press('Space')
    expect(await isOpen(page, menu)).toBe(true)
    await page.keyboard.press('Space')
    expect(await isOpen(page, menu)).toBe(false)

    await page.locator('.page-menu > summary').click()
    expect(await isOpen(page, '.page-menu')).toBe(true)
    // Outside the menu: the page's lower left corner.
    await page.mouse.click(10, phone.height - 10)
    expect(await isOpen(page, '.page-menu')).toBe(false)
    // The theme, in the menu, by keyboard: arrows move between its radio buttons.
    await page.locator('.page-menu > summary').focus()
    await page.keyboard.press('Enter')
    await page.getByRole('radio', { name: '跟随系统' }).focus()
    await page.keyboard.press('ArrowRight')
    await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe('light')
    await page.keyboard.press('Escape')
    expect(await isOpen(page, '.page-menu')).toBe(false)
    await page.close()
  })
})

describe('offline after one visit', () => {
  let context: BrowserContext
  afterAll(async () => context?.close())

  it('a card’s CSV and the all-data CSV download with the network gone', async () => {
    context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'e2e-sw-')), {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      headless: true,
      acceptDownloads: true,
      args: browserArgs,
    })
    const page = await context.newPage()
    await page.goto(server.url)
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), {
        timeout: 15_000,
      })
      .toBe(true)
    await context.setOffline(true)
    await page.reload()
    for (const [menu, name] of [
      ['#age-shares .download-menu', /CSV/],
      ['.page-menu', /下载全部数据/],
    ] as const) {
      await page.locator(`${menu} > summary`).click()
      const link = page.locator(menu).getByRole('link', { name })
      const href = (await link.getAttribute('href')) ?? ''
      const [file] = await Promise.all([page.waitForEvent('download'), link.click()])
      const bytes = readFileSync(await file.path())
      expect(bytes.equals(readFileSync(resolve(import.meta.dirname, '../../dist', href)))).toBe(
        true,
      )
    }
    await context.setOffline(false)
  })
})
