import { hydrate, QueryClient } from '@tanstack/react-query'
import { startTransition } from 'react'
import type * as ReactDomClient from 'react-dom/client'
import { heldChartIds } from './charts/registry'
import { deferSectionHydration } from './dashboard/deferredHydration'
import { holdPrerenderedCharts } from './dashboard/heldDrawing'
import { dataRetryDelay, retryDataFile, unpackReportLoad } from './data/queries'
import { parseLang } from './i18n/lang'
import { Root } from './Root'
import { registerServiceWorker } from './sw/register'

/**
 * Starts the app on the prerendered page. boot.ts asks for React DOM, then for this module, and
 * passes React DOM in: each is evaluated in a task of its own, not the two in one long task.
 */
export function startApp({ createRoot, hydrateRoot }: typeof ReactDomClient): void {
  // A failed data request is tried again with back-off before the page shows it with a Retry button.
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: retryDataFile, retryDelay: dataRetryDelay } },
  })
  const root = document.getElementById('root')
  if (!root) throw new Error('index.html has no #root')
  const address = new URLSearchParams(window.location.search)
  // ?lang= decides; without it, the edition the page was prerendered in (en.html is English).
  const lang = parseLang(address.get('lang') ?? root.dataset.prerenderedLang)

  // The build prerenders the page and ships the parsed report in it: no request before the
  // page is interactive. Hydration keeps what is on screen; another language renders afresh.
  const state = document.getElementById('query-state')?.textContent
  if (state)
    hydrate(queryClient, JSON.parse(state), {
      defaultOptions: { deserializeData: unpackReportLoad },
    })
  if (state && root.dataset.prerenderedLang === lang) {
    // Hydration starts in a task of its own, after the report is in the cache; as a transition
    // it yields to the browser every few milliseconds: a tap or a key never waits for the page.
    setTimeout(() => {
      holdPrerenderedCharts(root, heldChartIds)
      // Sections hydrate as they near the screen, unless the address already asks for something
      // the prerender does not show (a chart to scroll to, a table, another way of writing
      // numbers).
      if (!window.location.hash && !address.has('table') && !address.has('digits'))
        deferSectionHydration(root)
      startTransition(() => {
        hydrateRoot(root, <Root client={queryClient} lang={lang} />)
      })
    })
  } else {
    createRoot(root).render(<Root client={queryClient} lang={lang} />)
  }
}

// Offline after one visit: only the built page has the worker (and its list of files to keep).
// Registered once the page has loaded, which may already be so: this module loads after paint.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  const register = () => {
    registerServiceWorker(`${import.meta.env.BASE_URL}sw.js`).catch((error: unknown) =>
      console.warn('The page will not work offline:', error),
    )
  }
  // In a task of its own: the app's module evaluation stays short.
  if (document.readyState === 'complete') setTimeout(register)
  else window.addEventListener('load', register, { once: true })
}
