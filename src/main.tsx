import { hydrate, QueryClient } from '@tanstack/react-query'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { adoptPrerenderedCharts } from './dashboard/serverMarkup'
import { dataRetryDelay, retryDataFile } from './data/queries'
import { parseLang } from './i18n/lang'
import { Root } from './Root'
import './styles.css'
import { registerServiceWorker } from './sw/register'

// A failed data request is tried again with back-off before the page shows it with a Retry button.
const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: retryDataFile, retryDelay: dataRetryDelay } },
})
const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root')
// ?lang= decides; without it, the edition the page was prerendered in (en.html is English).
const lang = parseLang(
  new URLSearchParams(window.location.search).get('lang') ?? root.dataset.prerenderedLang,
)

// The build prerenders the page and ships the data files in the page: no request before the
// page is interactive. Hydration keeps what is on screen; another language renders afresh.
const state = document.getElementById('query-state')?.textContent
if (state) hydrate(queryClient, JSON.parse(state))
if (state && root.dataset.prerenderedLang === lang) {
  adoptPrerenderedCharts(root)
  hydrateRoot(root, <Root client={queryClient} lang={lang} />)
} else {
  createRoot(root).render(<Root client={queryClient} lang={lang} />)
}

// Offline after one visit: only the built page has the worker (and its list of files to keep).
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    registerServiceWorker(`${import.meta.env.BASE_URL}sw.js`).catch((error: unknown) =>
      console.warn('The page will not work offline:', error),
    )
  })
}
