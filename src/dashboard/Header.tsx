import { figureLabel } from '../charts/figureRows'
import { chartOfFigure } from '../charts/registry'
import { getFigure } from '../data/figures'
import type { Report } from '../data/report'
import type { ReportMeta } from '../data/schema'
import { formatDate } from '../i18n/format'
import { useLang, useMessages } from '../i18n/LangContext'
import { useFormat } from '../i18n/NumberModeContext'
import { usePrintFooter } from '../print/footer'

/** The figures the header lists first, each a link to its chart. */
export const headlineFigureIds = [
  'payments-2021',
  'payments-growth',
  'per-capita-amount',
  'regions-supporting',
  'away-people',
  'off-hours-share',
] as const

/** Report name, article title, publisher, date and source; the headline figures when loaded. */
export function Header({ meta, report }: { meta: ReportMeta; report: Report | null }) {
  const lang = useLang()
  const t = useMessages()
  const format = useFormat()
  const date = formatDate(meta.published, lang)
  usePrintFooter(meta, lang)
  return (
    <div className="page-header">
      <p className="page-header-report">
        {lang === 'zh' ? `《${meta.reportName.zh}》` : meta.reportName.en}
      </p>
      <h1 className="page-header-title">{meta.articleTitle[lang]}</h1>
      <p className="page-header-byline">
        {meta.publisher[lang]} · <time dateTime={meta.published}>{date}</time> · {t.correspondent}{' '}
        {meta.correspondent[lang]}
      </p>
      <p className="page-header-source">
        {t.sourceLine}{' '}
        <a href={meta.sourceUrl} rel="noopener noreferrer" target="_blank">
          {t.readSource}
        </a>
      </p>
      {report ? (
        <ul className="headline-strip" aria-label={t.headlineStrip}>
          {headlineFigureIds.map((id) => {
            const figure = getFigure(report, id)
            const chart = chartOfFigure(id)
            const value = format.quantity(figure)
            return (
              <li key={id}>
                <a href={chart ? `#${chart.id}` : undefined} className="headline-figure">
                  <span className="headline-figure-value">{value}</span>
                  <span className="headline-figure-label">{figureLabel(figure, lang)}</span>
                </a>
              </li>
            )
          })}
        </ul>
      ) : null}
    </div>
  )
}
