import type { BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { launchBrowser, openPage } from './browser'
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

it('loads the page with the article, its title and a drawn chart, without console errors', async () => {
  const { page, errors } = await openPage(browser, server.url)
  await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(
    '年缴费超7.5亿笔',
  )
  await expect(page.locator('#sentence-away-regions').textContent()).resolves.toBe(
    '江西、贵州、河南等地异地缴纳社保的人数最多。',
  )
  await page
    .locator('figure#annual-payments [data-figure="payments-2021"] rect')
    .filter({ visible: true })
    .waitFor()
  expect(errors).toEqual([])
  await page.close()
})
