import { mkdtempSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type BrowserContext, chromium, type Page } from 'playwright-core'

/** Flags for Debian's Chromium on this closed network. */
export const browserArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** Debian's Chromium, headless, with the flags this closed network needs. */
export async function launchBrowser(): Promise<BrowserContext> {
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'e2e-')), {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    acceptDownloads: true,
    // Tests route and count data requests; a service worker would answer them out of sight.
    serviceWorkers: 'block',
    args: browserArgs,
  })
}

/** A new page that records console errors and uncaught exceptions. */
export async function openPage(
  context: BrowserContext,
  url: string,
  viewport = { width: 1440, height: 900 },
) {
  const page: Page = await context.newPage()
  const errors: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  page.on('pageerror', (e) => errors.push(e.message))
  await page.setViewportSize(viewport)
  await page.goto(url)
  await ready(page)
  return { page, errors }
}

/**
 * Waits until the page answers to input. It is prerendered, so it shows everything at once; its
 * code loads when the reader first does something, here moving the pointer (not a click or key,
 * which would change what a test looks at), and marks `<html data-hydrated>` when hydration is
 * done. Two moves: the pointer may already be at one of the two places.
 */
export async function ready(page: Page) {
  await page.mouse.move(1, 1)
  await page.mouse.move(2, 2)
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached' })
}

/** Runs axe-core in the page and returns its violations (id and affected selectors). */
export async function axeViolations(page: Page): Promise<{ id: string; nodes: string[] }[]> {
  const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
  // Evaluated, not injected as a <script>: the page's Content-Security-Policy forbids inline scripts.
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
