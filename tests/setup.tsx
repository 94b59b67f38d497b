import '@testing-library/jest-dom/vitest'
import { cleanup, render, waitFor } from '@testing-library/react'
import { Suspense } from 'react'
import { afterEach, beforeAll, expect } from 'vitest'

afterEach(() => cleanup())

// jsdom has no layout: ResizeObserver does not exist and every box measures 0 × 0.
// Recharts' own tests stub the observer the same way; charts here get explicit sizes anyway.
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver

if (typeof window !== 'undefined') {
  window.matchMedia ??= ((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  })) as unknown as typeof window.matchMedia
  Element.prototype.scrollIntoView ??= () => {}
}

// Some charts load their drawing code on demand (React.lazy). Load each once before the tests,
// so that a test renders a chart in one pass, as the page does after its first visit to a card.
beforeAll(async () => {
  const { charts } = await import('../src/charts/registry')
  const { realReport } = await import('./realData')
  const report = realReport()
  const host = render(
    <Suspense fallback={<p>loading</p>}>
      {charts.map(({ id, Chart, rows }) => (
        <Chart
          key={id}
          rows={rows(report)}
          size={{ width: 400, height: 300 }}
          lang="zh"
          mode="compact"
          surface="card"
          highlight={null}
          sentences={new Map()}
        />
      ))}
    </Suspense>,
  )
  await waitFor(() => expect(host.queryByText('loading')).toBeNull(), { timeout: 60_000 })
  host.unmount()
  // Loading the chart modules (Recharts) the first time takes seconds on a busy machine.
}, 90_000)
