import { useCallback, useEffect, useMemo, useRef, useSyncExternalStore } from 'react'
import { charts } from '../charts/registry'
import type { Report } from '../data/report'
import { formatNumber } from '../i18n/format'
import { useLang, useMessages } from '../i18n/LangContext'
import { DeckHelp } from './DeckHelp'
import { ScaledSlide } from './ScaledSlide'
import { Slide } from './Slide'
import { deckSlides } from './slides'
import { useDeck } from './useDeck'
import { useDeckKeys, useSwipe } from './useDeckKeys'
import { fitScale, useViewport } from './useViewport'

const noSubscription = () => () => {}

/** The dashboard's address (no fragment): what the closing slide shows and encodes. */
export function usePageAddress(): string {
  return useSyncExternalStore(
    noSubscription,
    () => `${window.location.origin}${window.location.pathname}${window.location.search}`,
    () => '',
  )
}

/** Back to the dashboard, at the chart last shown (`#chart-id`) or at the top. */
function leaveDeck(chartId: string | null) {
  const { pathname, search } = window.location
  history.pushState(null, '', chartId ? `#${chartId}` : `${pathname}${search}`)
  window.dispatchEvent(new HashChangeEvent('hashchange'))
  if (document.fullscreenElement) void document.exitFullscreen?.().catch(() => {})
}

/**
 * The slide deck at `#/present/N`: every slide laid out once on a 16:9 stage scaled to the
 * screen, the current one shown. Printing lays them all out, one landscape page each.
 */
export function Deck({ report, routeSlide }: { report: Report; routeSlide: number }) {
  const lang = useLang()
  const t = useMessages()
  const slides = useMemo(() => deckSlides(charts), [])
  const lastChart = useRef<string | null>(null)
  const onLeave = useCallback(() => leaveDeck(lastChart.current), [])
  const deck = useDeck({ view: 'present', routeSlide, count: slides.length, onLeave })
  const { press } = deck
  useDeckKeys(press)
  const swipe = useSwipe(press)
  const viewport = useViewport()
  const address = usePageAddress()
  const shown = slides[deck.slide - 1]

  useEffect(() => {
    if (shown?.kind === 'chart') lastChart.current = shown.id
  }, [shown])

  return (
    <main className="deck" {...swipe}>
      <h1 className="visually-hidden">
        {report.meta.reportName[lang]} · {t.deckTitle}
      </h1>
      <ScaledSlide scale={fitScale(viewport)}>
        {slides.map((slide, i) => {
          const current = i === deck.slide - 1
          return (
            <section
              key={slide.id}
              className={current ? 'deck-page deck-page-current' : 'deck-page deck-page-hidden'}
              aria-roledescription={t.deckSlide}
              aria-label={`${formatNumber(i + 1, lang)} / ${formatNumber(slides.length, lang)}`}
              aria-hidden={current ? undefined : true}
              inert={!current}
            >
              <Slide
                slide={slide}
                report={report}
                number={i + 1}
                count={slides.length}
                address={address}
              />
            </section>
          )
        })}
      </ScaledSlide>
      {deck.digits ? (
        <p className="deck-jump" role="status">
          {t.deckJump} {deck.digits}
        </p>
      ) : null}
      {deck.black ? (
        <div className="deck-black">
          <p className="visually-hidden" role="status">
            {t.deckBlack}
          </p>
        </div>
      ) : null}
      {deck.help ? <DeckHelp onClose={() => press('?')} /> : null}
    </main>
  )
}
