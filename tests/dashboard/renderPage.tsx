import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import type { ReactElement } from 'react'
import { LangProvider } from '../../src/i18n/LangContext'
import type { Lang } from '../../src/i18n/lang'

/** Renders a part of the page with a fresh query client and a language. */
export function renderInPage(ui: ReactElement, lang: Lang = 'zh') {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  return render(
    <QueryClientProvider client={client}>
      <LangProvider lang={lang}>{ui}</LangProvider>
    </QueryClientProvider>,
  )
}
