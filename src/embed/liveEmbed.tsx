import { StrictMode, startTransition, useEffect } from 'react'
import type * as ReactDomClient from 'react-dom/client'
import { charts } from '../charts/registry'
import { holdPrerenderedCharts } from '../dashboard/heldDrawing'
import type { Report } from '../data/report'
import { LangProvider } from '../i18n/LangContext'
import { type Lang, parseLang } from '../i18n/lang'
import { EmbedChart } from './EmbedChart'
import { embedReportId } from './embedCode'
import { embedChartId } from './frame'

/** What an embed page hydrates: its one chart, in the language it was prerendered in. */
export function EmbedRoot({ id, report, lang }: { id: string; report: Report; lang: Lang }) {
  const spec = charts.find((chart) => chart.id === id)
  // `<html data-hydrated>` once the page answers to input, as on the dashboard (src/Root.tsx).
  useEffect(() => {
    document.documentElement.dataset.hydrated = ''
  }, [])
  if (!spec) throw new Error(`no chart ${id}`)
  return (
    <StrictMode>
      <LangProvider lang={lang}>
        <EmbedChart spec={spec} report={report} />
      </LangProvider>
    </StrictMode>
  )
}

/**
 * Hydrates an embed page, as src/main.tsx does the dashboard: the boot script asks for it at the
 * reader's first input. The drawing is held until the chart nears the screen and its box is
 * measured, then the live chart (tooltips, exact width) takes its place.
 */
export function startApp({ hydrateRoot }: typeof ReactDomClient): void {
  const root = document.getElementById('root')
  const id = embedChartId(document)
  const shipped = document.getElementById(embedReportId)?.textContent
  if (!root || !id || !shipped) throw new Error('not a prerendered embed page')
  const report = JSON.parse(shipped) as Report
  holdPrerenderedCharts(root)
  startTransition(() => {
    hydrateRoot(
      root,
      <EmbedRoot id={id} report={report} lang={parseLang(root.dataset.prerenderedLang)} />,
    )
  })
}
