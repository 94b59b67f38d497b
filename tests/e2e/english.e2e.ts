import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axeViolations, launchBrowser, openPage, ready } from './browser'
import { startPreview } from './server'

let server: Awaited<ReturnType<typeof startPreview>>
let browser: BrowserContext

beforeAll(async () => {
  server = await startPreview()
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  server?.stop()
})

/**
 * Every run of text with Chinese characters inside the elements `selector` finds, except text
 * marked as Chinese (`lang="zh…"` on its nearest element with a lang): the original-text view,
 * the citation's original title, the 中文 button.
 */
function unmarkedChinese(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const han = /[\u4e00-\u9fff]/
    const found: string[] = []
    for (const root of document.querySelectorAll(sel)) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? ''
        const lang = node.parentElement?.closest('[lang]')?.getAttribute('lang') ?? ''
        if (han.test(text) && !lang.startsWith('zh')) found.push(text.trim())
      }
    }
    return found
  }, selector)
}

describe('the English edition (?lang=en)', () => {
  it('has no Chinese in headings, captions, axes, legends, descriptions and tables', async () => {
    const { page, errors } = await openPage(browser, `${server.url}?lang=en`)
    await ready(page)
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en')
    await expect(page.title()).resolves.toBe(
      '2021 WeChat Pay Smart Social Security Data Report · Dashboard',
    )
    await expect(page.locator('meta[name="description"]').getAttribute('content')).resolves.toMatch(
      /^Every figure of the 2021 WeChat Pay/,
    )

    const cards = await page.locator('figure.chart-card').all()
    expect(cards.length).toBeGreaterThan(0)
    // Every card draws its axes and labels as SVG text (Recharts' once its code has loaded); the
    // check below reads them.
    for (const card of cards) await card.locator('svg text').first().waitFor()

    expect(await unmarkedChinese(page, 'h1, h2, h3, h4, h5, h6')).toEqual([])
    expect(await unmarkedChinese(page, 'figcaption')).toEqual([])
    expect(await unmarkedChinese(page, 'figure svg')).toEqual([])
    expect(await unmarkedChinese(page, '.dashboard-article')).toEqual([])
    expect(await unmarkedChinese(page, '.headline-strip')).toEqual([])

    for (const card of cards) {
      await card.locator('summary', { hasText: 'Table' }).click()
      await card.getByRole('table').waitFor()
    }
    expect(await page.getByRole('table').count()).toBe(cards.length)
    expect(await unmarkedChinese(page, 'table')).toEqual([])
    expect(errors).toEqual([])
    await page.close()
  })

  it('shows the Chinese original beside the translation with the Original switch', async () => {
    const { page } = await openPage(browser, `${server.url}?lang=en`)
    await ready(page)
    const toggle = page.getByRole('button', { name: 'Original 原文' })
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false')
    await expect(page.locator('blockquote.article-original').count()).resolves.toBe(0)

    await toggle.click()
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true')
    const originals = page.locator('.dashboard-article blockquote [lang="zh-CN"]')
    // One original per heading and paragraph of the Chinese article: 2 headings, 13 paragraphs.
    await expect(originals.count()).resolves.toBe(15)
    await expect(
      originals.filter({ hasText: '江西、贵州、河南等地异地缴纳社保的人数最多。' }).count(),
    ).resolves.toBe(1)
    await expect(
      page.getByRole('heading', { level: 2, name: /^More than 110 million people/ }).count(),
    ).resolves.toBe(1)
    // The Chinese shown is marked as Chinese, so nothing else on the English page is.
    expect(await unmarkedChinese(page, '.dashboard-article')).toEqual([])
    expect(await axeViolations(page)).toEqual([])

    await toggle.click()
    await expect(page.locator('blockquote.article-original').count()).resolves.toBe(0)
    await page.close()
  })

  it('is axe clean', async () => {
    const { page } = await openPage(browser, `${server.url}?lang=en`)
    await ready(page)
    expect(await axeViolations(page)).toEqual([])
    await page.close()
  })
})

describe('the language switch', () => {
  it('round trip: links to the English edition and back, taking the view along', async () => {
    const { page, errors } = await openPage(browser, `${server.url}?digits=full#annual-payments`)
    await ready(page)
    const h1 = page.getByRole('heading', { level: 1 })
    await expect(h1.textContent()).resolves.toContain('年缴费超7.5亿笔')

    await page.getByRole('link', { name: 'English' }).click()
    await page.waitForURL(/\/en\.html\?digits=full#annual-payments$/)
    await expect(h1.textContent()).resolves.toContain('more than 750 million payments a year')
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en')
    await expect(page.title()).resolves.toMatch(/^2021 WeChat Pay/)

    await page.getByRole('link', { name: '中文' }).click()
    await page.waitForURL(/\/index\.html\?digits=full#annual-payments$/)
    await expect(h1.textContent()).resolves.toContain('年缴费超7.5亿笔')
    // The digits came along: the app shows every digit.
    await expect
      .poll(() => page.locator('.headline-figure-value').first().textContent(), {
        timeout: 10_000,
      })
      .toBe('超750,000,000笔')
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-CN')
    await expect(page.title()).resolves.toBe('2021微信支付智慧社保数据报告 · 数据看板')

    // Back returns to the English edition.
    await page.goBack()
    await expect.poll(() => h1.textContent()).toContain('more than 750 million payments a year')
    expect(errors).toEqual([])
    await page.close()
  })

  it('?lang=en on the Chinese page: a chart still holding its drawing redraws in English', async () => {
    // On a phone the Recharts card starts more than a screen below: it holds its drawing.
    const { page, errors } = await openPage(browser, `${server.url}?lang=en`, {
      width: 390,
      height: 844,
    })
    const box = page.locator('[data-chart-box="annual-payments"]')
    const live = () =>
      box
        .locator('.recharts-wrapper')
        .first()
        .evaluate((el) => Object.keys(el).some((key) => key.startsWith('__reactFiber$')))
    await box.scrollIntoViewIfNeeded()
    await expect.poll(live).toBe(true)
    const labels = await box.locator('svg text').allTextContents()
    expect(labels).toContain('Payments')
    expect(labels.filter((label) => /[\u4e00-\u9fff]/.test(label))).toEqual([])
    expect(errors).toEqual([])
    await page.close()
  })

  it('an unknown language opens in Chinese', async () => {
    const { page } = await openPage(browser, `${server.url}?lang=xx`)
    await ready(page)
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-CN')
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(
      '年缴费超7.5亿笔',
    )
    await page.close()
  })

  it('the digits switch puts ?digits=full in the address and keeps it on reload', async () => {
    const { page } = await openPage(browser, `${server.url}?lang=en`)
    await ready(page)
    const menu = page.locator('.page-menu > summary')
    const group = page.getByRole('group', { name: 'Numbers' })
    await menu.click()
    await group.getByRole('link', { name: 'All digits' }).click()
    expect(new URL(page.url()).searchParams.get('digits')).toBe('full')
    await page.reload()
    await ready(page)
    await menu.click()
    await expect(
      group.getByRole('link', { name: 'All digits' }).getAttribute('aria-current'),
    ).resolves.toBe('true')
    await group.getByRole('link', { name: 'Compact' }).click()
    expect(new URL(page.url()).searchParams.has('digits')).toBe(false)
    await page.close()
  })
})
