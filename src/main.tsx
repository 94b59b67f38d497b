import { hydrate, QueryClient } from '@tanstack/react-query'
import { startTransition } from 'react'
import type * as ReactDomClient from 'react-dom/client'
import { holdPrerenderedCharts } from './dashboard/heldDrawing'
import { dataRetryDelay, retryDataFile } from './data/queries'
import { parseLang } from './i18n/lang'
import { Root } from './Root'

/**
 * Starts the app on the prerendered page, or renders it where the page is not what the address
 * asks for. boot.ts asks for React DOM, then for this module, and passes React DOM in: each is
 * evaluated in a task of its own, not the two in one long task.
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
  if (state) hydrate(queryClient, JSON.parse(state))
  if (state && root.dataset.prerenderedLang === lang) {
    holdPrerenderedCharts(root)
    // As a transition, hydration yields to the browser every few milliseconds, and React hydrates
    // the section an input lands on first: a tap or a key never waits for the whole page.
    startTransition(() => {
      hydrateRoot(root, <Root client={queryClient} lang={lang} />)
    })
  } else {
    createRoot(root).render(<Root client={queryClient} lang={lang} />)
  }
}
