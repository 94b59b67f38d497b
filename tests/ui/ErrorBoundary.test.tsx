import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { annualPayments } from '../../src/charts/annualPayments'
import type { AnyChartSpec } from '../../src/charts/spec'
import { ChartCard } from '../../src/dashboard/ChartCard'
import { renderInPage } from '../dashboard/renderPage'
import { realReport } from '../realData'

const report = realReport()
let failing = true

const brokenRows: AnyChartSpec = {
  ...annualPayments,
  id: 'broken-rows',
  title: { zh: '行出错的图', en: 'Chart with broken rows' },
  rows: (r) => {
    if (failing) throw new Error('figures.csv has no figure "payments-2030"')
    return annualPayments.rows(r)
  },
}

const brokenChart: AnyChartSpec = {
  ...annualPayments,
  // A registered id: the table view is kept in the address, for known charts only.
  id: annualPayments.id,
  title: { zh: '画不出的图', en: 'Chart that cannot draw' },
  Chart: (props) => {
    if (failing) throw new Error('cannot draw a bar below zero')
    return <annualPayments.Chart {...props} />
  },
}

function cards(specs: AnyChartSpec[], lang: 'zh' | 'en' = 'zh') {
  renderInPage(
    <div>
      {specs.map((spec) => (
        <ChartCard
          key={spec.id}
          spec={spec}
          report={report}
          highlight={null}
          targeted={false}
          onShowInArticle={() => {}}
        />
      ))}
    </div>,
    lang,
  )
  const card = (name: string) => screen.getByRole('figure', { name })
  return { card }
}

beforeEach(() => {
  failing = true
  // React reports caught render errors on the console; the page shows them in the card.
  vi.spyOn(console, 'error').mockImplementation(() => {})
})
afterEach(() => vi.restoreAllMocks())

describe('a chart that fails shows its error in its own card; the others still draw', () => {
  it('rows that throw: the card keeps its title and shows the error with Retry', {
    timeout: 30_000,
  }, async () => {
    const { card } = cards([brokenRows, annualPayments])
    const broken = card('行出错的图')
    expect(within(broken).getByRole('alert')).toHaveTextContent(
      '这张图表没能画出：figures.csv has no figure "payments-2030"',
    )
    // The good card is whole: its chart and its table button.
    const good = card(annualPayments.title.zh)
    expect(within(good).getByRole('group', { name: annualPayments.title.zh })).toBeInTheDocument()
    expect(within(good).queryByRole('alert')).toBeNull()

    failing = false
    await userEvent.click(within(broken).getByRole('button', { name: '重试' }))
    expect(within(card('行出错的图')).queryByRole('alert')).toBeNull()
    expect(
      within(card('行出错的图')).getByRole('group', { name: '行出错的图' }),
    ).toBeInTheDocument()
  })

  it('a chart that throws while drawing: the error sits where the chart was; the table still works', {
    timeout: 30_000,
  }, async () => {
    const { card } = cards([brokenRows, brokenChart], 'en')
    const broken = card('Chart that cannot draw')
    expect(within(broken).getByRole('alert')).toHaveTextContent(
      'This chart could not be drawn:cannot draw a bar below zero',
    )
    expect(within(broken).getByRole('button', { name: 'Retry' })).toBeInTheDocument()
    const table = within(broken).getByText('Table')
    await userEvent.click(table)
    expect((table.closest('details') as HTMLDetailsElement).open).toBe(true)
    expect(within(broken).getByRole('table')).toBeInTheDocument()
    await userEvent.click(table)
    expect((table.closest('details') as HTMLDetailsElement).open).toBe(false)

    failing = false
    await userEvent.click(within(broken).getByRole('button', { name: 'Retry' }))
    expect(within(broken).queryByRole('alert')).toBeNull()
    expect(
      within(broken).getByRole('group', { name: 'Chart that cannot draw' }),
    ).toBeInTheDocument()
  })
})
