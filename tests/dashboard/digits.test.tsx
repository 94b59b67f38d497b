import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { annualPayments } from '../../src/charts/annualPayments'
import { ChartTable } from '../../src/dashboard/ChartTable'
import { Header } from '../../src/dashboard/Header'
import type { NumberMode } from '../../src/i18n/format'
import type { Lang } from '../../src/i18n/lang'
import { NumberModeProvider } from '../../src/i18n/NumberModeContext'
import { realReport } from '../realData'
import { renderInPage } from './renderPage'

const report = realReport()

function renderWith(mode: NumberMode, lang: Lang) {
  renderInPage(
    <NumberModeProvider mode={mode}>
      <Header meta={report.meta} report={report} />
      <ChartTable spec={annualPayments} rows={annualPayments.rows(report)} />
    </NumberModeProvider>,
    lang,
  )
}

describe('the digits switch reaches the header figures and the tables', () => {
  it.each([
    ['compact', 'zh', '超7.5亿笔', '超1.1亿人'],
    ['full', 'zh', '超750,000,000笔', '超110,000,000人'],
    ['compact', 'en', 'more than 750 million payments', 'more than 110 million people'],
    ['full', 'en', 'more than 750,000,000 payments', 'more than 110,000,000 people'],
  ] as const)('%s digits in %s', (mode, lang, payments, away) => {
    renderWith(mode, lang)
    const strip = screen.getByRole('list', { name: lang === 'zh' ? '要点数字' : 'Key figures' })
    expect(within(strip).getByText(payments)).toBeInTheDocument()
    expect(within(strip).getByText(away)).toBeInTheDocument()
    expect(within(screen.getByRole('table')).getByText(payments)).toBeInTheDocument()
  })
})
