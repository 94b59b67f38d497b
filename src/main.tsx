import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { dataRetryDelay, retryDataFile } from './data/queries'
import { parseLang } from './i18n/lang'
import { registerServiceWorker } from './sw/register'
import './styles.css'

// A failed data request is tried again with back-off before the page shows it with a Retry button.
const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: retryDataFile, retryDelay: dataRetryDelay } },
})
const lang = parseLang(new URLSearchParams(window.location.search).get('lang'))
const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root')

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App lang={lang} />
    </QueryClientProvider>
  </StrictMode>,
)

// Offline after one visit: only the built page has the worker (and its list of files to keep).
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    registerServiceWorker(`${import.meta.env.BASE_URL}sw.js`).catch((error: unknown) =>
      console.warn('The page will not work offline:', error),
    )
  })
}
