import { useEffect, useMemo, useState } from 'react'
import { charts } from '../charts/registry'
import type { Report } from '../data/report'
import { formatNumber } from '../i18n/format'
import { useLang, useMessages } from '../i18n/LangContext'
import { locales } from '../i18n/lang'
import { usePageAddress } from './Deck'
import { DeckHelp } from './DeckHelp'
import { ScaledSlide } from './ScaledSlide'
import { Slide } from './Slide'
import { deckSlides, speakerNotes } from './slides'
import { formatElapsed, useNow } from './useClock'
import { useDeck } from './useDeck'
import { useDeckKeys } from './useDeckKeys'
import { useViewport } from './useViewport'

/**
 * The speaker's window at `#/presenter/N`: the slide shown, the next one, the notes, a stopwatch
 * and a clock. Its keys and buttons steer the deck window too.
 */
export function PresenterView({ report, routeSlide }: { report: Report; routeSlide: number }) {
  const lang = useLang()
  const t = useMessages()
  const slides = useMemo(() => deckSlides(charts), [])
  const deck = useDeck({ view: 'presenter', routeSlide, count: slides.length })
  const { press } = deck
  useDeckKeys(press)
  const viewport = useViewport()
  const address = usePageAddress()
  const now = useNow()
  // The stopwatch starts when the presenter view opens; Reset starts it again.
  const [start, setStart] = useState<number | null>(null)
  useEffect(() => setStart(Date.now()), [])
  const current = slides[deck.slide - 1]
  const next = slides[deck.slide]
  const notes = current ? speakerNotes(current, report, lang) : null
  const clock =
    now === null ? '' : new Intl.DateTimeFormat(locales[lang], { timeStyle: 'medium' }).format(now)
  // Current slide on 58 % of the width, the next on 34 %: room for the notes beside it.
  const big = Math.min((viewport.width * 0.58) / 1600, ((viewport.height - 120) * 0.9) / 900)
  const small = (viewport.width * 0.34) / 1600
  const counter = `${formatNumber(deck.slide, lang)} / ${formatNumber(slides.length, lang)}`

  return (
    <main className="presenter">
      <header className="presenter-bar">
        <h1 className="presenter-title">
          {t.presenterTitle} · {counter}
        </h1>
        <p className="presenter-time">
          <span className="presenter-time-label">{t.presenterElapsed}</span>{' '}
          <span className="presenter-elapsed" role="timer" aria-label={t.presenterElapsed}>
            {now !== null && start !== null ? formatElapsed(now - start) : formatElapsed(0)}
          </span>
        </p>
        <button type="button" className="deck-button" onClick={() => setStart(Date.now())}>
          {t.presenterReset}
        </button>
        <p className="presenter-time">
          <span className="presenter-time-label">{t.presenterClock}</span>{' '}
          <span className="presenter-clock">{clock}</span>
        </p>
        <button type="button" className="deck-button" onClick={() => press('ArrowLeft')}>
          {t.deckKeyPrevious}
        </button>
        <button type="button" className="deck-button" onClick={() => press('ArrowRight')}>
          {t.deckKeyNext}
        </button>
      </header>
      <div className="presenter-body">
        <section className="presenter-current" aria-label={`${t.presenterCurrent} ${counter}`}>
          <h2 className="presenter-label">{t.presenterCurrent}</h2>
          {current ? (
            <ScaledSlide scale={big}>
              <div className="deck-page deck-page-current">
                <Slide
                  slide={current}
                  report={report}
                  number={deck.slide}
                  count={slides.length}
                  address={address}
                />
              </div>
            </ScaledSlide>
          ) : null}
        </section>
        <div className="presenter-side">
          <section className="presenter-next" aria-label={t.presenterNext}>
            <h2 className="presenter-label">{t.presenterNext}</h2>
            {next ? (
              <div aria-hidden="true" inert>
                <ScaledSlide scale={small}>
                  <div className="deck-page deck-page-current">
                    <Slide
                      slide={next}
                      report={report}
                      number={deck.slide + 1}
                      count={slides.length}
                      address={address}
                    />
                  </div>
                </ScaledSlide>
              </div>
            ) : (
              <p className="presenter-end">{t.presenterEnd}</p>
            )}
          </section>
          <section className="presenter-notes" aria-labelledby="presenter-notes-title">
            <h2 id="presenter-notes-title" className="presenter-label">
              {t.presenterNotes}
            </h2>
            {current?.kind === 'chart' ? (
              <p className="presenter-note-title">{current.spec.title[lang]}</p>
            ) : null}
            {current?.kind === 'title' ? <p>{report.meta.articleTitle[lang]}</p> : null}
            {current?.kind === 'closing' ? <p>{report.meta.citation[lang]}</p> : null}
            {notes?.sentences.length ? (
              <>
                <h3 className="presenter-notes-heading">{t.presenterSentences}</h3>
                {notes.sentences.map((s) => (
                  <blockquote
                    key={s.id}
                    className="presenter-sentence"
                    cite={report.meta.sourceUrl}
                  >
                    <p lang={locales.zh}>{s.text}</p>
                    {s.translation ? <p>{s.translation}</p> : null}
                  </blockquote>
                ))}
              </>
            ) : null}
            {notes?.figures.length ? (
              <>
                <h3 className="presenter-notes-heading">{t.presenterFigures}</h3>
                <ul className="presenter-figures">
                  {notes.figures.map((f) => (
                    <li key={f.id}>
                      <strong>{f.value}</strong> — {f.label}; {f.qualifier}
                      {f.note ? ` (${f.note})` : null}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </section>
        </div>
      </div>
      {deck.help ? <DeckHelp onClose={() => press('?')} /> : null}
    </main>
  )
}
