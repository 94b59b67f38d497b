import { type QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { StrictMode, useEffect } from 'react'
import { App } from './App'
import type { Lang } from './i18n/lang'

/** The app with its providers: what the browser hydrates and the build prerenders. */
export function Root({ client, lang }: { client: QueryClient; lang: Lang }) {
  // `<html data-hydrated>` once the page answers to input; browser tests wait for it.
  useEffect(() => {
    document.documentElement.dataset.hydrated = ''
  }, [])
  return (
    <StrictMode>
      <QueryClientProvider client={client}>
        <App lang={lang} />
      </QueryClientProvider>
    </StrictMode>
  )
}
