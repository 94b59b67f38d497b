import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { annualPayments } from '../../src/charts/annualPayments'
import { ChartCard } from '../../src/dashboard/ChartCard'
import { LangProvider } from '../../src/i18n/LangContext'
import { parseTables, withTable } from '../../src/i18n/urlState'
import { realReport } from '../realData'

const known = ['annual-payments', 'age-shares', 'payment-times']

describe('the table parameter', () => {
  it.each([
    ['', []],
    ['?table=age-shares', ['age-shares']],
    ['?table=payment-times,annual-payments', ['annual-payments', 'payment-times']],
    ['?table=nonsense,age-shares,,%3Cb%3E', ['age-shares']],
    ['?lang=en&table=', []],
  ])('reads %j as %j (known charts only, in page order)', (search, tables) => {
    expect(parseTables(search, known)).toEqual(tables)
  })

  it.each([
    ['', 'age-shares', true, '?table=age-shares'],
    ['?lang=en', 'age-shares', true, '?lang=en&table=age-shares'],
    [
      '?table=age-shares&lang=en',
      'annual-payments',
      true,
      '?table=annual-payments,age-shares&lang=en',
    ],
    ['?table=age-shares&lang=en', 'age-shares', false, '?lang=en'],
    ['?table=nonsense', 'age-shares', false, ''],
  ])('writes %j with %s table=%s as %j, keeping other parameters', (search, id, on, result) => {
    expect(withTable(search, id, on, known)).toBe(result)
  })
})

describe('a card’s view in the address', () => {
  afterEach(() => history.replaceState(null, '', '/'))

  const renderCard = () =>
    render(
      <LangProvider lang="zh">
        <ChartCard
          spec={annualPayments}
          report={realReport()}
          highlight={null}
          targeted={false}
          onShowInArticle={() => {}}
        />
      </LangProvider>,
    )

  it('opens as a table when the address says so, and writes the toggle back', async () => {
    history.replaceState(null, '', '/?lang=zh&table=annual-payments#annual-payments')
    renderCard()
    const card = screen.getByRole('figure')
    expect(within(card).getByRole('table')).toBeInTheDocument()
    const toggle = within(card).getByRole('button', { name: /表格/ })
    expect(toggle).toHaveAttribute('aria-pressed', 'true')
    await userEvent.click(toggle)
    expect(within(card).queryByRole('table')).toBeNull()
    expect(`${location.search}${location.hash}`).toBe('?lang=zh#annual-payments')
    await userEvent.click(toggle)
    expect(`${location.search}${location.hash}`).toBe(
      '?lang=zh&table=annual-payments#annual-payments',
    )
  })

  it('shows the chart for an unknown value', () => {
    history.replaceState(null, '', '/?table=no-such-chart')
    renderCard()
    expect(screen.queryByRole('table')).toBeNull()
    expect(screen.getByRole('group', { name: annualPayments.title.zh })).toBeInTheDocument()
  })

  it('has download buttons named CSV, PNG and SVG', () => {
    renderCard()
    for (const name of [/CSV/, /PNG/, /SVG/]) {
      expect(screen.getByRole('button', { name })).toBeInTheDocument()
    }
  })
})
