import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { renderHook, waitFor } from '@testing-library/react'
import type { ReactNode } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useReport } from '../../src/data/queries'
import { readDataFiles } from '../realData'

function wrapper({ children }: { children: ReactNode }) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>
}

/** Serves data/ files from disk, with some names overridden or failing. */
function stubFetch(overrides: Record<string, string | number> = {}) {
  const files = readDataFiles()
  const fetchStub = vi.fn(async (url: string) => {
    const name = String(url).split('/').pop() ?? ''
    const override = overrides[name]
    if (typeof override === 'number')
      return new Response('', { status: override, statusText: 'Not Found' })
    return new Response(override ?? files[name as keyof typeof files])
  })
  vi.stubGlobal('fetch', fetchStub)
  return fetchStub
}

afterEach(() => vi.unstubAllGlobals())

describe('useReport()', () => {
  it('fetches each data file once from data/ and gives the report', async () => {
    const fetchStub = stubFetch()
    const { result } = renderHook(() => useReport(), { wrapper })
    expect(result.current.status).toBe('loading')
    await waitFor(() => expect(result.current.status).toBe('loaded'))
    const state = result.current
    if (state.status !== 'loaded') throw new Error('not loaded')
    expect(state.errors).toEqual([])
    expect(state.report?.figures.find((f) => f.id === 'per-capita-amount')?.value).toBe(523)
    expect(fetchStub.mock.calls.map(([url]) => url).sort()).toEqual([
      '/data/article.en.md',
      '/data/article.zh.md',
      '/data/figures.csv',
      '/data/regions.csv',
      '/data/report.json',
    ])
  })

  it('gives the located errors of an invalid file, and the article still', async () => {
    const broken = readDataFiles()['figures.csv'].replace(',41.2,percent,', ',41.2%,percent,')
    stubFetch({ 'figures.csv': broken })
    const { result } = renderHook(() => useReport(), { wrapper })
    await waitFor(() => expect(result.current.status).toBe('loaded'))
    const state = result.current
    if (state.status !== 'loaded') throw new Error('not loaded')
    expect(state.report).toBeNull()
    expect(state.article?.blocks.length).toBeGreaterThan(10)
    expect(state.errors).toEqual([
      {
        file: 'data/figures.csv',
        line: 19,
        field: 'value',
        message: '"41.2%" is not a number; write 41.2 with unit percent',
      },
    ])
  })

  it('names the file that failed to load, and recovers on retry', async () => {
    stubFetch({ 'regions.csv': 404 })
    const { result } = renderHook(() => useReport(), { wrapper })
    await waitFor(() => expect(result.current.status).toBe('unreachable'))
    const state = result.current
    if (state.status !== 'unreachable') throw new Error('not unreachable')
    expect(state.failures).toEqual([
      { file: 'data/regions.csv', message: 'data/regions.csv: the server answered 404 Not Found' },
    ])
    stubFetch()
    state.retry()
    await waitFor(() => expect(result.current.status).toBe('loaded'))
  })
})
