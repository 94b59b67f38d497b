// Screenshots of the built page in each engine readers use, at the sizes they use:
// `npm run screenshots [engine…]` (after a build; default all three: chromium, firefox, webkit).
// Phone, desktop, projector (1920×1080) and dark, Chinese and English, and a slide.
// Writes artifacts/screenshots/<engine>-<shot>.png (git-ignored) and prints any error the page
// recorded. Each shot is the whole page: the viewport is made as tall as the page, the one way
// every engine's driver can picture it (WebKit's full-page shots come out black off screen).
import { mkdirSync } from 'node:fs'
import { type EngineName, launchEngine } from '../tests/e2e/engines.ts'
import { recordedErrors, startPreview, startRecorder } from '../tests/e2e/server.ts'

const out = 'artifacts/screenshots'
mkdirSync(out, { recursive: true })
const engines = (
  process.argv.length > 2 ? process.argv.slice(2) : ['chromium', 'firefox', 'webkit']
) as EngineName[]
const shots = [
  { name: 'phone', width: 390, height: 844, path: '' },
  { name: 'desktop', width: 1440, height: 900, path: '' },
  { name: 'phone-en', width: 390, height: 844, path: 'en.html' },
  { name: 'desktop-en', width: 1440, height: 900, path: 'en.html' },
  { name: 'projector', width: 1920, height: 1080, path: '' },
  { name: 'phone-dark', width: 390, height: 844, path: '', dark: true },
  { name: 'desktop-dark', width: 1440, height: 900, path: '', dark: true },
  { name: 'deck', width: 1280, height: 720, path: '#/present/2' },
]
const preview = await startPreview()
const site = await startRecorder(preview.url)
try {
  for (const name of engines) {
    const engine = await launchEngine(name)
    try {
      for (const shot of shots) {
        const tab = await engine.newTab()
        await tab.resize(shot.width, shot.height)
        await tab.goto(`${site.url}${shot.path}`)
        // The app's code loads at the reader's first input: move the pointer, as a reader would.
        await tab.move(1, 1)
        await tab.move(2, 2)
        await tab.wheel(2, 2, 1)
        for (let i = 0; i < 150; i++) {
          if (await tab.evaluate(() => document.documentElement.hasAttribute('data-hydrated')))
            break
          await new Promise((resolve) => setTimeout(resolve, 100))
        }
        // The dark theme as the reader's choice sets it (src/ui/theme.ts applyTheme).
        if (shot.dark)
          await tab.evaluate(() => {
            document.documentElement.dataset.theme = 'dark'
          })
        if (!shot.path.startsWith('#')) {
          const height = await tab.evaluate(() => document.documentElement.scrollHeight)
          await tab.resize(shot.width, Math.min(height, 16_000))
        }
        // Charts draw as they near the screen, and the whole page is on screen now.
        await new Promise((resolve) => setTimeout(resolve, 1500))
        await tab.screenshot(`${out}/${name}-${shot.name}.png`)
        const errors = await tab.evaluate(
          (key) => (window as never)[key] as string[],
          recordedErrors,
        )
        for (const error of errors) console.error(`[${name} ${shot.name}] ${error}`)
        await tab.close()
      }
      console.log(`${name} ${engine.version}`)
    } finally {
      await engine.close()
    }
  }
} finally {
  site.stop()
  preview.stop()
}
console.log(`screenshots in ${out}/`)
