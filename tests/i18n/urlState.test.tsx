import { render, screen, waitFor, within } from '@testing-library/react'
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
    const toggle = within(card).getByText('表格')
    const table = toggle.closest('details') as HTMLDetailsElement
    expect(within(table).getByRole('table')).toBeInTheDocument()
    expect(table.open).toBe(true)
    await userEvent.click(toggle)
    await waitFor(() =>
      expect(`${location.search}${location.hash}`).toBe('?lang=zh#annual-payments'),
    )
    expect(table.open).toBe(false)
    await userEvent.click(toggle)
    await waitFor(() =>
      expect(`${location.search}${location.hash}`).toBe(
        '?lang=zh&table=annual-payments#annual-payments',
      ),
    )
    expect(table.open).toBe(true)
  })

  it('shows the chart for an unknown value', () => {
    history.replaceState(null, '', '/?table=no-such-chart')
    renderCard()
    expect((screen.getByText('表格').closest('details') as HTMLDetailsElement).open).toBe(false)
    expect(screen.getByRole('group', { name: annualPayments.title.zh })).toBeInTheDocument()
  })

  it('links the files of its downloads, images in the page’s language', () => {
    renderCard()
    const stem = 'downloads/wechat-social-security-2021-annual-payments'
    for (const [name, href] of [
      [/CSV/, `${stem}.csv`],
      [/PNG/, `${stem}-zh.png`],
      [/SVG/, `${stem}-zh.svg`],
    ] as const) {
      const link = screen.getByRole('link', { name })
      expect(link).toHaveAttribute('href', href)
      expect(link).toHaveAttribute('download', href.replace('downloads/', ''))
    }
  })
})
