import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { parseLang } from './i18n/lang'
import './styles.css'

const queryClient = new QueryClient()
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
