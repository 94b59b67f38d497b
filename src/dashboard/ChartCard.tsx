import { Suspense, useEffect, useRef } from 'react'
import { sentenceTexts } from '../charts/figureRows'
import { Legend } from '../charts/kit/Legend'
import { MarkTooltips } from '../charts/kit/MarkTooltips'
import { charts } from '../charts/registry'
import type { AnyChartSpec, ChartProps } from '../charts/spec'
import { articleUnits } from '../data/article'
import type { Report } from '../data/report'
import { DownloadMenu } from '../export/DownloadMenu'
import { useLang, useMessages } from '../i18n/LangContext'
import { useNumberMode } from '../i18n/NumberModeContext'
import { useTableView } from '../i18n/urlState'
import { ErrorBoundary, ErrorCard } from '../ui/ErrorBoundary'
import { ChartTable } from './ChartTable'
import { drawnWidths, usePrerender } from './drawnWidths'
import { HeldDrawing, useLiveChart } from './heldDrawing'
import { useChartWidth } from './useChartWidth'

const chartIds = charts.map((c) => c.id)

type Props = {
  spec: AnyChartSpec
  report: Report
  /** Figure id a reader points at in the article, if this chart draws it. */
  highlight: string | null
  /** True while the address names this chart (`#chart-id`). */
  targeted: boolean
  onShowInArticle: (sentenceId: string) => void
}

/**
 * The dashboard's frame around a chart. An error in the chart's rows, claim or description
 * shows in place of the card, under its title; the other cards still draw.
 */
export function ChartCard(props: Props) {
  const lang = useLang()
  const t = useMessages()
  const { spec } = props
  return (
    <ErrorBoundary
      fallback={({ error, retry }) => (
        <figure
          id={spec.id}
          className="chart-card"
          aria-labelledby={`${spec.id}-title`}
          tabIndex={-1}
        >
          <figcaption className="chart-card-caption">
            <h3 id={`${spec.id}-title`} className="chart-card-title">
              {spec.title[lang]}
            </h3>
          </figcaption>
          <ErrorCard title={t.chartFailed} error={error} retry={retry} retryLabel={t.retry} />
        </figure>
      )}
    >
      <ChartCardFrame {...props} />
    </ErrorBoundary>
  )
}

/** Title, claim, controls, chart or table, source, description. */
function ChartCardFrame({ spec, report, highlight, targeted, onShowInArticle }: Props) {
  const lang = useLang()
  const mode = useNumberMode()
  const t = useMessages()
  const [tableShown, setTableShown] = useTableView(spec.id, chartIds)
  const tableToggle = useRef<HTMLDetailsElement>(null)
  // A table opened before the app's code arrived goes into the address once the card is live.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, as the card hydrates
  useEffect(() => {
    const opened = tableToggle.current?.open
    if (opened !== undefined && opened !== tableShown) setTableShown(opened)
  }, [])
  const box = useRef<HTMLDivElement>(null)
  const { width, measured } = useChartWidth(box)
  // Ids come from the chart id, not useId(): prerendering and hydration must agree on them.
  const descriptionId = `${spec.id}-description`
  const rows = spec.rows(report)
  const sentences = articleUnits(report.article[lang])
  const lit = highlight !== null && spec.figureIds.includes(highlight)
  const firstSentence = spec.sentenceIds[0]
  // The article's sentences by id: the chart's tooltips quote them.
  const quotes = sentenceTexts(report, lang)

  return (
    <figure
      id={spec.id}
      className={`chart-card${lit || targeted ? ' chart-card-highlighted' : ''}`}
      aria-labelledby={`${spec.id}-title`}
      tabIndex={-1}
    >
      <figcaption className="chart-card-caption">
        <h3 id={`${spec.id}-title`} className="chart-card-title">
          {spec.title[lang]}
        </h3>
        <p className="chart-card-claim">{spec.caption(rows, lang, mode)}</p>
      </figcaption>
      <div className="chart-card-actions">
        {/* A native disclosure: it shows the table before (and without) the app's code; the app
            keeps it in the address (?table=). The chart hides while it is open (styles.css). */}
        <details
          ref={tableToggle}
          className="chart-card-table"
          open={tableShown}
          onToggle={(event) => {
            if (event.currentTarget.open !== tableShown) setTableShown(event.currentTarget.open)
          }}
        >
          <summary className="button">{t.table}</summary>
          <ChartTable spec={spec} rows={rows} />
        </details>
        <DownloadMenu spec={spec} />
      </div>
      <div ref={box} className="chart-card-body">
        <div className="chart-card-view">
          {/* A chart that fails to draw shows its error here; title, controls and table still work. */}
          <ErrorBoundary
            fallback={({ error, retry }) => (
              <ErrorCard title={t.chartFailed} error={error} retry={retry} retryLabel={t.retry} />
            )}
          >
            <CardDrawing
              spec={spec}
              rows={rows}
              width={width}
              measured={measured}
              lang={lang}
              mode={mode}
              highlight={lit ? highlight : null}
              sentences={quotes}
              descriptionId={descriptionId}
            />
          </ErrorBoundary>
        </div>
      </div>
      <p id={descriptionId} className="chart-card-description">
        <span className="visually-hidden">{t.description}：</span>
        {spec.describe(rows, lang, mode)}
      </p>
      <div className="chart-card-source">
        {spec.sentenceIds.map((id) => (
          <blockquote key={id} cite={report.meta.sourceUrl}>
            <span className="chart-card-source-label">{t.sourceSentence}</span>{' '}
            {sentences.get(id)?.text}
          </blockquote>
        ))}
        {firstSentence ? (
          <a
            className="chart-card-in-article"
            href={`#sentence-${firstSentence}`}
            onClick={(event) => {
              event.preventDefault()
              onShowInArticle(firstSentence)
            }}
          >
            {t.showInArticle}
          </a>
        ) : null}
      </div>
    </figure>
  )
}

type DrawingProps = Omit<ChartProps<unknown>, 'size'> & { spec: AnyChartSpec; width: number }

type CardDrawingProps = Omit<DrawingProps, 'surface'> & {
  /** False until the card's box has been measured (`useChartWidth`). */
  measured: boolean
  /** The id of the text that describes the chart in words. */
  descriptionId: string
}

/**
 * A card's drawing, on the dashboard and on an embed page: the chart (held or live) in the box
 * the build marks, with its marks' tooltips, keys and highlight (kit/MarkTooltips).
 */
export function CardDrawing({ descriptionId, ...props }: CardDrawingProps) {
  const { spec, rows, lang, mode, sentences } = props
  return (
    <MarkTooltips
      className="chart-card-drawing"
      role="group"
      aria-label={spec.title[lang]}
      aria-describedby={descriptionId}
      content={
        spec.tooltip
          ? (figure) => spec.tooltip?.(rows, figure, { lang, mode, sentences })
          : undefined
      }
      order={spec.figureIds}
    >
      {/* The drawing alone: a held one is a Suspense boundary that never hydrates. */}
      <div data-chart-box={spec.id}>
        <ChartDrawing {...props} surface="card" />
      </div>
    </MarkTooltips>
  )
}

/**
 * The chart itself. A prerendered card holds its prerendered drawings (both widths) until they
 * will not do (`useLiveChart`); then the live chart, whose code may still be loading. Coming
 * from the drawing it suspends the transition, so the drawing stays until the chart can draw;
 * in a client render it waits in a boundary of its own. The build draws both widths.
 */
function ChartDrawing({ spec, width, measured, ...props }: DrawingProps & { measured: boolean }) {
  const prerender = usePrerender()
  const { live, held } = useLiveChart(
    spec.id,
    props.highlight !== null,
    `${props.lang} ${props.mode}`,
    width,
    measured,
  )
  if (prerender)
    return (
      <>
        <Drawing {...props} spec={spec} width={drawnWidths.narrow} fits="narrow" />
        <Drawing {...props} spec={spec} width={drawnWidths.wide} fits="wide" />
      </>
    )
  if (!live) return <HeldDrawing />
  if (held) return <Drawing {...props} spec={spec} width={width} />
  return (
    <Suspense fallback={null}>
      <Drawing {...props} spec={spec} width={width} />
    </Suspense>
  )
}

/** The chart at a width, in its box of the card's aspect, and its legend under it. */
function Drawing({ spec, width, fits, ...props }: DrawingProps & { fits?: 'narrow' | 'wide' }) {
  const t = useMessages()
  const { Chart } = spec
  const rows = props.rows
  return (
    <div
      className={
        fits === 'narrow'
          ? 'chart-drawing chart-drawing-narrow'
          : fits === 'wide'
            ? 'chart-drawing chart-drawing-wide'
            : 'chart-drawing'
      }
      data-drawn-width={width}
    >
      <div className="chart-card-chart" style={{ aspectRatio: `1 / ${spec.aspect}` }}>
        <Chart {...props} size={{ width, height: Math.round(width * spec.aspect) }} />
      </div>
      <Legend
        items={spec.legend(rows, props.lang)}
        width={width}
        fontSize={legendFontSize}
        idPrefix={`${spec.id}-${fits ?? 'live'}`}
        label={t.legend}
      />
    </div>
  )
}

/** The legend's type on cards: as the card's other small print. */
const legendFontSize = 13
