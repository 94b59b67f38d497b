import { fireEvent, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { charts } from '../../src/charts/registry'
import { Dashboard } from '../../src/dashboard/Dashboard'
import { realReport } from '../realData'
import { renderInPage } from './renderPage'

const report = realReport()

afterEach(() => history.replaceState(null, '', '/'))

describe('the dashboard', () => {
  it('renders the article with its subheadings, and one figure card per chart', () => {
    renderInPage(<Dashboard report={report} article={report.article.zh} target={null} />)
    expect(
      screen.getByRole('heading', { level: 2, name: '年缴费超7.5亿笔，数字化程度不断提升' }),
    ).toBeInTheDocument()
    expect(
      screen.getByRole('heading', { level: 2, name: '超1.1亿人异地缴纳社保，助力新市民缴费' }),
    ).toBeInTheDocument()
    const figures = screen.getAllByRole('figure')
    expect(figures.map((f) => f.id)).toEqual(charts.map((c) => c.id))
  })

  it('makes every figure in the text a link to the chart that draws it', () => {
    renderInPage(<Dashboard report={report} article={report.article.zh} target={null} />)
    const link = screen.getAllByRole('link', { name: '超7.5亿笔' })[0]
    expect(link).toHaveAttribute('href', '#annual-payments')
    const links = screen.getAllByRole('link')
    const figureLinks = links.filter((a) => a.getAttribute('href')?.startsWith('#'))
    for (const a of figureLinks) {
      const id = a.getAttribute('href')?.slice(1) ?? ''
      expect(document.getElementById(id), `${a.textContent} → #${id}`).toBeInstanceOf(HTMLElement)
    }
  })

  it('following a figure link sets the address to its chart', async () => {
    renderInPage(<Dashboard report={report} article={report.article.zh} target={null} />)
    await userEvent.click(screen.getAllByRole('link', { name: '超7.5亿笔' })[0] as HTMLElement)
    expect(window.location.hash).toBe('#annual-payments')
  })

  it('pointing at a figure in the text marks its card; leaving unmarks it', () => {
    renderInPage(<Dashboard report={report} article={report.article.zh} target={null} />)
    const card = document.getElementById('annual-payments') as HTMLElement
    const link = screen.getAllByRole('link', { name: '逾30%' })[0] as HTMLElement
    expect(card).not.toHaveClass('chart-card-highlighted')
    fireEvent.focus(link)
    expect(card).toHaveClass('chart-card-highlighted')
    fireEvent.blur(link)
    expect(card).not.toHaveClass('chart-card-highlighted')
  })

  it('"在文中查看" marks the chart’s sentence in the article and moves focus there', async () => {
    renderInPage(<Dashboard report={report} article={report.article.zh} target={null} />)
    const card = document.getElementById('annual-payments') as HTMLElement
    const link = within(card).getByRole('link', { name: '在文中查看' })
    // Without the app, an anchor to the sentence.
    expect(link).toHaveAttribute('href', '#sentence-payments-2021')
    await userEvent.click(link)
    const sentence = document.getElementById('sentence-payments-2021') as HTMLElement
    expect(sentence).toHaveClass('article-sentence-highlighted')
    expect(sentence).toHaveFocus()
    expect(sentence.textContent).toContain('用户人均缴费523元')
  })

  it('shows the article alone when there is no valid report', () => {
    renderInPage(<Dashboard report={null} article={report.article.zh} target={null} />)
    expect(screen.queryAllByRole('figure')).toEqual([])
    expect(document.getElementById('sentence-away-regions')).toHaveTextContent(
      '江西、贵州、河南等地异地缴纳社保的人数最多。',
    )
    // Figures stay as text: there is no chart to lead to.
    expect(screen.queryByRole('link', { name: '超7.5亿笔' })).toBeNull()
  })
})

describe('each chart card', () => {
  it.each(charts.map((c) => [c.id, c] as const))(
    '%s: caption, table toggle, source sentence and description',
    async (id, spec) => {
      renderInPage(<Dashboard report={report} article={report.article.zh} target={null} />)
      const card = document.getElementById(id) as HTMLElement
      expect(within(card).getByRole('heading', { level: 3 })).toHaveTextContent(spec.title.zh)
      const rows = spec.rows(report)
      expect(
        within(card).getByText(spec.describe(rows, 'zh'), { exact: false }),
      ).toBeInTheDocument()
      const toggle = within(card).getByText('表格')
      const disclosure = toggle.closest('details') as HTMLDetailsElement
      expect(disclosure.open).toBe(false)
      await userEvent.click(toggle)
      expect(disclosure.open).toBe(true)
      const table = within(disclosure).getByRole('table')
      expect(within(table).getAllByRole('row')).toHaveLength(rows.length + 1)
      expect(
        within(table)
          .getAllByRole('columnheader')
          .map((th) => th.textContent),
      ).toEqual(spec.columns.map((c: { header: { zh: string } }) => c.header.zh))
      expect(window.location.search).toBe(`?table=${id}`)
      await userEvent.click(toggle)
      expect(disclosure.open).toBe(false)
      expect(window.location.search).toBe('')
    },
  )

  it('the annual-payments table gives each figure with its qualifier', async () => {
    renderInPage(<Dashboard report={report} article={report.article.zh} target={null} />)
    const card = document.getElementById('annual-payments') as HTMLElement
    await userEvent.click(within(card).getByText('表格'))
    const cells = within(card)
      .getAllByRole('cell')
      .map((td) => td.textContent)
    expect(cells).toContain('超7.5亿笔')
    expect(cells).toContain('超30%')
    expect(cells).toContain('超过（下限）')
  })
})
