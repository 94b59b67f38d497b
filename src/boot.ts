// The page arrives prerendered and complete: it reads, and its links and downloads work, without
// any script: its controls are links, native disclosures (<details>) and the theme's radio buttons,
// which this script runs. The app's code loads when the reader first does something on the page (moves the
// pointer, touches, scrolls, presses a key) or at once when the address asks for what the HTML
// does not show. Until then the page costs what plain HTML costs.
import 'virtual:chart-palette.css'
import './styles.css'
import './print.css'
import { embedChartId, startEmbed } from './embed/frame'
import { printFooter } from './print/printedFooter'
import { registerServiceWorker } from './sw/register'
import { startThemeSwitch } from './ui/theme'

// An embed page (dist/embed/): the theme its address asks for and its height told to the page
// that frames it; its own small app at the first input (src/embed/liveEmbed.tsx); no worker.
const embed = embedChartId(document)
if (embed) startEmbed(embed)
// The theme the reader chose on an earlier visit, and the switch, before the app: it may never load.
else startThemeSwitch(document)

/**
 * What tells that a reader is here, and that the page is about to be used. A click on its own:
 * a screen reader activates a control with a click and no pointer or key event. No input is held
 * for the app: each control does its job without it.
 */
const readerInput = [
  'click',
  'pointermove',
  'pointerdown',
  'touchstart',
  'wheel',
  'scroll',
  'keydown',
  'focusin',
  'hashchange',
  'popstate',
] as const
const listening = { capture: true, passive: true } as const

let started = false
function start() {
  if (started) return
  started = true
  for (const type of readerInput) window.removeEventListener(type, start, listening)
  // After the next frame: the input that started the loading (a tap that opens a menu) paints
  // first. Then React DOM, then the app in the next task: asking for a module graph is itself
  // 10-20 ms of work (unthrottled, in Lighthouse's traces). Each is evaluated in a task of its
  // own, and the app starts in a third.
  requestAnimationFrame(() =>
    setTimeout(() => {
      const dom = import('./reactDomClient')
      setTimeout(() => {
        const code = embed ? import('./embed/liveEmbed') : import('./main')
        void Promise.all([dom, code]).then(([dom, app]) => setTimeout(() => app.startApp(dom)))
      })
    }),
  )
}

const prerendered = document.getElementById('query-state') !== null || embed !== null
const address = new URLSearchParams(window.location.search)
const asksForMore =
  window.location.hash !== '' || ['lang', 'table', 'digits'].some((name) => address.has(name))
if (!prerendered || asksForMore) start()
else for (const type of readerInput) window.addEventListener(type, start, listening)

// Paper, before or without the app: 打印 / Print in the menu prints, and the footer of every printed
// page gets the page's address and the date (print.css), also when printed with Ctrl+P.
window.addEventListener('beforeprint', () => {
  const html = document.documentElement
  html.style.setProperty('--print-footer', printFooter(html, window.location.href, new Date()))
})
document.addEventListener('click', (event) => {
  if (event.target instanceof Element && event.target.closest('[data-print]')) window.print()
})

// Offline after one visit, whether or not the reader does anything: only the built page has the
// worker (and its list of files to keep). Registered once the page has loaded.
if (import.meta.env.PROD && !embed && 'serviceWorker' in navigator) {
  window.addEventListener(
    'load',
    () => {
      registerServiceWorker(`${import.meta.env.BASE_URL}sw.js`).catch((error: unknown) =>
        console.warn('The page will not work offline:', error),
      )
    },
    { once: true },
  )
}
