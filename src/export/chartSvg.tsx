// The standalone SVG of a chart, drawn by its real component: the build writes it (and the PNG
// made from it) into dist/downloads/ (scripts/downloads.ts). Not part of the page's code.
import { Suspense } from 'react'
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'
import { sentenceTexts } from '../charts/figureRows'
import { explainDerived } from '../charts/kit/derived'
import { Legend } from '../charts/kit/Legend'
import type { AnyChartSpec } from '../charts/spec'
import type { Report } from '../data/report'
import type { NumberMode } from '../i18n/format'
import { LangProvider } from '../i18n/LangContext'
import type { Lang } from '../i18n/lang'
import { messages } from '../i18n/messages'
import { buildChartSvg, collectDrawing, type Panel, sourceLine } from './svg'

/** A chart to draw: the spec, the report, the language, the digits, the width of the chart. */
export type ChartExport = {
  spec: AnyChartSpec
  report: Report
  lang: Lang
  mode: NumberMode
  width: number
}

/** The standalone SVG of a chart: title, claim, chart, legend, derived values' notes, source. */
export async function chartSvg(chart: ChartExport) {
  const { spec, report, lang, mode } = chart
  const rows = spec.rows(report)
  const { panels, legend } = await renderOffscreen(chart)
  return buildChartSvg({
    title: spec.title[lang],
    caption: spec.caption(rows, lang, mode),
    legend,
    panels,
    notes: derivedNotes(spec, report, lang),
    source: [sourceLine(report.meta, lang), report.meta.sourceUrl],
    lang,
  })
}

/** How each derived figure of the report's data is worked out: exported images explain them too. */
function derivedNotes(spec: AnyChartSpec, report: Report, lang: Lang): string[] {
  return report.figures.flatMap((f) =>
    f.derived && spec.figureIds.includes(f.id)
      ? [explainDerived(f, report.figures, lang, report.regions)]
      : [],
  )
}

/** Draws the chart and its legend off screen, waits for its marks, and collects them. */
async function renderOffscreen({
  spec,
  report,
  lang,
  mode,
  width,
}: ChartExport): Promise<{ panels: Panel[]; legend: Panel | null }> {
  const host = document.createElement('div')
  host.setAttribute('aria-hidden', 'true')
  host.style.cssText = `position:fixed;left:-20000px;top:0;width:${width}px;pointer-events:none`
  document.body.append(host)
  const root = createRoot(host)
  const { Chart } = spec
  const rows = spec.rows(report)
  try {
    flushSync(() =>
      root.render(
        <LangProvider lang={lang}>
          <div className="chart-drawing" style={{ width }}>
            <Suspense fallback={null}>
              <Chart
                rows={rows}
                size={{ width, height: Math.round(width * spec.aspect) }}
                lang={lang}
                mode={mode}
                surface="export"
                highlight={null}
                sentences={sentenceTexts(report, lang)}
              />
            </Suspense>
            <Legend
              items={spec.legend(rows, lang)}
              width={width}
              fontSize={13}
              idPrefix={`${spec.id}-export`}
              label={messages[lang].legend}
            />
          </div>
        </LangProvider>,
      ),
    )
    // A chart's code may still be loading, and Recharts draws its marks after its first commit:
    // wait until they are there.
    for (
      let i = 0;
      i < 60 && !host.querySelector('svg:not(.chart-legend) :is(path, rect, text)');
      i++
    ) {
      await new Promise((resolve) => setTimeout(resolve, 16))
    }
    await new Promise((resolve) => setTimeout(resolve, 32))
    const box = host.firstElementChild
    return box ? collectDrawing(box) : { panels: [], legend: null }
  } finally {
    root.unmount()
    host.remove()
  }
}
