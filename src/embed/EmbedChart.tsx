import { useRef } from 'react'
import { sentenceTexts } from '../charts/figureRows'
import type { AnyChartSpec } from '../charts/spec'
import { CardDrawing } from '../dashboard/ChartCard'
import { drawnWidths } from '../dashboard/drawnWidths'
import { useChartWidth } from '../dashboard/useChartWidth'
import type { Report } from '../data/report'
import { sourceLine } from '../export/svg'
import { useLang, useMessages } from '../i18n/LangContext'
import { useNumberMode } from '../i18n/NumberModeContext'
import { dashboardHref } from './embedCode'

/**
 * One chart for other sites to frame (dist/embed/, written by scripts/prerender.ts): the card's
 * title, claim, drawings and legend, drawn as the card's; a source line and a link to the card.
 * No toolbar, no article. The page is its prerendered HTML with the boot script's theme and
 * height (src/embed/frame.ts); at the reader's first input the chart goes live as a card does
 * (src/embed/liveEmbed.tsx).
 */
export function EmbedChart({ spec, report }: { spec: AnyChartSpec; report: Report }) {
  const lang = useLang()
  const mode = useNumberMode()
  const t = useMessages()
  const box = useRef<HTMLDivElement>(null)
  const { width, measured } = useChartWidth(box)
  const rows = spec.rows(report)
  const descriptionId = `${spec.id}-description`
  return (
    <main className="embed" data-embed={spec.id}>
      <figure className="embed-figure" aria-labelledby={`${spec.id}-title`}>
        <figcaption>
          <h1 id={`${spec.id}-title`} className="chart-card-title">
            {spec.title[lang]}
          </h1>
          <p className="chart-card-claim">{spec.caption(rows, lang, mode)}</p>
        </figcaption>
        {/* No wider than the wide drawing, as on the widest card: scaled up, its type would grow. */}
        <div ref={box} style={{ maxWidth: drawnWidths.wide }}>
          <CardDrawing
            spec={spec}
            rows={rows}
            width={width}
            measured={measured}
            lang={lang}
            mode={mode}
            highlight={null}
            sentences={sentenceTexts(report, lang)}
            descriptionId={descriptionId}
          />
        </div>
        <p id={descriptionId} className="visually-hidden">
          {spec.describe(rows, lang, mode)}
        </p>
        <p className="embed-source">
          {sourceLine(report.meta, lang)} ·{' '}
          <a href={dashboardHref(spec.id, lang)} target="_blank" rel="noopener">
            {t.embedBackToDashboard}
          </a>
        </p>
      </figure>
    </main>
  )
}
