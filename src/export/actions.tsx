import { Suspense } from 'react'
// Loaded on the first click of an export button (dynamic import), so none of this is in the
// first-load bundle.
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
import { allDataCsv, allDataFileName, chartCsv, csvFileName, fileStem } from './csv'
import { downloadBlob, downloadText } from './download'
import { pngScale, svgToPng } from './png'
import { buildChartSvg, collectDrawing, type Panel, sourceLine } from './svg'

/** A chart as a card shows it: the spec, the report, the language, the card's chart box. */
export type ChartExport = {
  spec: AnyChartSpec
  report: Report
  lang: Lang
  mode: NumberMode
  /** The card's body; its `.chart-card-chart` holds the rendered chart unless the table is shown. */
  box: HTMLElement | null
  /** The width the card draws the chart at. */
  width: number
}

export function downloadChartCsv({ spec, report }: ChartExport): void {
  downloadText(chartCsv(spec, report), csvFileName(spec.id), 'text/csv')
}

export function downloadAllData(report: Report): void {
  downloadText(allDataCsv(report), allDataFileName, 'text/csv')
}

/** The standalone SVG of a card's chart, built from the chart as rendered on the card. */
export async function chartSvg(chart: ChartExport) {
  const { spec, report, lang, mode } = chart
  const rows = spec.rows(report)
  const { panels, legend } = await renderedDrawing(chart)
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

export async function downloadChartSvg(chart: ChartExport): Promise<void> {
  const { svg } = await chartSvg(chart)
  downloadText(svg, `${fileStem}-${chart.spec.id}.svg`, 'image/svg+xml')
}

/** The PNG of the same SVG, at least 2× and at least 1000 px wide. */
export async function chartPng(chart: ChartExport): Promise<Blob> {
  const { svg, width, height } = await chartSvg(chart)
  return svgToPng(svg, { width, height }, pngScale(width))
}

export async function downloadChartPng(chart: ChartExport): Promise<void> {
  downloadBlob(await chartPng(chart), `${fileStem}-${chart.spec.id}.png`)
}

/** How each derived figure of the report's data is worked out: exported images explain them too. */
function derivedNotes(spec: AnyChartSpec, report: Report, lang: Lang): string[] {
  return report.figures.flatMap((f) =>
    f.derived && spec.figureIds.includes(f.id)
      ? [explainDerived(f, report.figures, lang, report.regions)]
      : [],
  )
}

/**
 * The chart and legend as the card shows them (the prerendered drawing the card's width picks,
 * or the live chart); in table view the chart is drawn off screen for it.
 */
async function renderedDrawing(
  chart: ChartExport,
): Promise<{ panels: Panel[]; legend: Panel | null }> {
  const shown = [...(chart.box?.querySelectorAll('.chart-drawing') ?? [])].find(
    (drawing) => drawing.getBoundingClientRect().width > 0 && drawing.querySelector('svg'),
  )
  if (shown) return collectDrawing(shown)
  return renderOffscreen(chart)
}

async function renderOffscreen({ spec, report, lang, mode, width }: ChartExport) {
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
