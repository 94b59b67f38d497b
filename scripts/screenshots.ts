// Screenshots of the built page at the sizes people use: `npm run screenshots` (after a build).
// Writes artifacts/screenshots/*.png (git-ignored) and prints any console errors.
import { mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { startPreview } from '../tests/e2e/server.ts'

const out = 'artifacts/screenshots'
mkdirSync(out, { recursive: true })
const server = await startPreview()
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'shots-')), {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
})
const shots = [
  { name: 'desktop', width: 1440, height: 900, path: '' },
  { name: 'phone', width: 390, height: 844, path: '' },
  { name: 'projector', width: 1920, height: 1080, path: '' },
  { name: 'desktop-dark', width: 1440, height: 900, path: '', dark: true },
  ...process.argv
    .slice(2)
    .map((path, i) => ({ name: `extra-${i}`, width: 1440, height: 900, path })),
]
try {
  for (const shot of shots) {
    const page = await context.newPage()
    page.on('console', (m) => m.type() === 'error' && console.error(`[${shot.name}] ${m.text()}`))
    await page.setViewportSize({ width: shot.width, height: shot.height })
    await page.emulateMedia({ colorScheme: 'dark' in shot ? 'dark' : 'light' })
    await page.goto(`${server.url}${shot.path}`)
    // The app's code loads at the reader's first input: move the pointer, as a reader would.
    await page.mouse.move(1, 1)
    await page.waitForSelector('html[data-hydrated]', { state: 'attached', timeout: 15000 })
    await page.waitForTimeout(400)
    // On a phone, sections far from the screen skip layout (content-visibility: auto) and would
    // come out blank in a full-page shot: lay them all out first.
    await page.evaluate(() => {
      for (const section of document.querySelectorAll<HTMLElement>('[data-section]'))
        section.style.contentVisibility = 'visible'
    })
    await page.screenshot({
      path: `${out}/${shot.name}.png`,
      fullPage: !shot.name.startsWith('extra'),
    })
    await page.close()
  }
} finally {
  await context.close()
  server.stop()
}
console.log(`screenshots in ${out}/`)
