import { memo, Suspense, useRef } from 'react'
import { sentenceTexts } from '../charts/figureRows'
import { Legend } from '../charts/kit/Legend'
import { fitFontSize } from '../charts/kit/text'
import type { AnyChartSpec } from '../charts/spec'
import type { Report } from '../data/report'
import { formatDate, formatNumber } from '../i18n/format'
import { useLang, useMessages } from '../i18n/LangContext'
import { useNumberMode } from '../i18n/NumberModeContext'
import { QrCode } from './QrCode'
import { type DeckSlide, stage } from './slides'
import { useBoxHeight } from './useBoxHeight'

type Props = {
  slide: DeckSlide
  report: Report
  /** 1-based position in the deck, and the deck's length, for the footer. */
  number: number
  count: number
  /** The dashboard's address, for the closing slide's text and QR code. */
  address: string
}

/** Room left and right of a slide's content, in stage pixels. */
const gutter = 64
const contentWidth = stage.width - 2 * gutter
/**
 * Charts draw slide text at 18 px or more in their own coordinates; shown 1.25 times larger that
 * is at least 22.5 px, 2.5 % of the stage height, and their lines get thicker with it.
 */
const chartScale = 1.25
/** The chart's room before the slide is measured: what a one-line legend and takeaway leave. */
const defaultChartHeight = 440
/**
 * A chart taller than wide (the tile map) would be squeezed under legend and takeaway: it gets
 * the left part of the slide's height, with legend and takeaway beside it.
 */
const portraitAspect = 0.8
const portraitChartWidth = Math.round(contentWidth * 0.56)
/** The legend's type on a slide: read across a room. */
const legendFontSize = 26

/**
 * One slide at the stage's logical size (1600 × 900); the deck and presenter view scale it.
 * Memoised: turning a slide, or the presenter's clock ticking, redraws no chart.
 */
export const Slide = memo(function Slide(props: Props) {
  const { slide } = props
  return (
    <div className={`deck-slide deck-slide-${slide.kind}`}>
      {slide.kind === 'title' ? <TitleSlide {...props} /> : null}
      {slide.kind === 'chart' ? <ChartSlide {...props} spec={slide.spec} /> : null}
      {slide.kind === 'closing' ? <ClosingSlide {...props} /> : null}
    </div>
  )
})

function TitleSlide({ report, number, count }: Props) {
  const lang = useLang()
  const t = useMessages()
  const { meta } = report
  return (
    <>
      <div className="deck-title-main">
        <p className="deck-title-report">
          {lang === 'zh' ? `《${meta.reportName.zh}》` : meta.reportName.en}
        </p>
        <h2 className="deck-title-article">{meta.articleTitle[lang]}</h2>
        <p className="deck-title-byline">
          {meta.publisher[lang]} ·{' '}
          <time dateTime={meta.published}>{formatDate(meta.published, lang)}</time> ·{' '}
          {t.correspondent} {meta.correspondent[lang]}
        </p>
        <p className="deck-title-source">
          {t.deckSource}: <span className="deck-url">{meta.sourceUrl}</span>
        </p>
      </div>
      <SlideFooter report={report} number={number} count={count} />
    </>
  )
}

function ChartSlide({ spec, report, number, count }: Props & { spec: AnyChartSpec }) {
  const lang = useLang()
  const mode = useNumberMode()
  const t = useMessages()
  const rows = spec.rows(report)
  const headline = spec.headline(rows, lang, mode)
  const descriptionId = `deck-${spec.id}-description`
  const box = useRef<HTMLDivElement>(null)
  const height = useBoxHeight(box, defaultChartHeight)
  const portrait = spec.aspect > portraitAspect
  const chartSize = {
    width: Math.round((portrait ? portraitChartWidth : contentWidth) / chartScale),
    height: Math.max(1, Math.floor(height / chartScale)),
  }
  const { Chart } = spec
  const notes = (
    <>
      <Legend
        items={spec.legend(rows, lang)}
        width={portrait ? contentWidth - portraitChartWidth - 48 : contentWidth}
        fontSize={legendFontSize}
        idPrefix={`deck-${spec.id}`}
        label={t.legend}
      />
      <p className="deck-takeaway">{spec.caption(rows, lang, mode)}</p>
    </>
  )
  return (
    <>
      <h2 className="deck-chart-title">{spec.title[lang]}</h2>
      <p className="deck-headline" style={{ fontSize: fitFontSize(headline, contentWidth) }}>
        {headline}
      </p>
      <div className={portrait ? 'deck-chart-row deck-chart-row-portrait' : 'deck-chart-row'}>
        <div
          className="deck-chart"
          role="img"
          aria-label={spec.title[lang]}
          aria-describedby={descriptionId}
          ref={box}
        >
          <div
            className="deck-chart-drawing"
            style={{ ...chartSize, transform: `scale(${chartScale})` }}
          >
            <Suspense fallback={null}>
              <Chart
                rows={rows}
                size={chartSize}
                lang={lang}
                mode={mode}
                surface="slide"
                highlight={null}
                sentences={sentenceTexts(report, lang)}
              />
            </Suspense>
          </div>
        </div>
        {portrait ? <div className="deck-chart-side">{notes}</div> : null}
      </div>
      {portrait ? null : notes}
      <p id={descriptionId} className="visually-hidden">
        {spec.describe(rows, lang, mode)}
      </p>
      <SlideFooter report={report} number={number} count={count} />
    </>
  )
}

function ClosingSlide({ report, number, count, address }: Props) {
  const lang = useLang()
  const t = useMessages()
  return (
    <>
      <div className="deck-closing-main">
        <div className="deck-closing-text">
          <h2 className="deck-closing-heading">{t.deckCiteAs}</h2>
          <p className="deck-citation">{report.meta.citation[lang]}</p>
          <h3 className="deck-closing-subheading">{t.deckAddress}</h3>
          <p className="deck-address deck-url">{address}</p>
        </div>
        {address ? <QrCode text={address} size={340} label={`${t.deckQr}: ${address}`} /> : null}
      </div>
      <SlideFooter report={report} number={number} count={count} />
    </>
  )
}

function SlideFooter({ report, number, count }: { report: Report; number: number; count: number }) {
  const lang = useLang()
  const t = useMessages()
  const { meta } = report
  return (
    <footer className="deck-footer">
      <span className="deck-footer-source">
        {t.deckSource}: {meta.publisher[lang]} · {formatDate(meta.published, lang)}
      </span>
      <span className="deck-footer-number">
        <span className="visually-hidden">{t.deckSlide} </span>
        {formatNumber(number, lang)} / {formatNumber(count, lang)}
      </span>
    </footer>
  )
}
