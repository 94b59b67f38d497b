import { useReport } from '../data/queries'
import { useMessages } from '../i18n/LangContext'
import { ErrorList } from '../ui/ErrorList'
import { Deck } from './Deck'
import type { DeckRoute } from './deckRoute'
import { PresenterView } from './PresenterView'
import './present.css'

/** The deck or the presenter view, once the report is loaded; loaded lazily by App. */
export function PresentMode({ route }: { route: DeckRoute }) {
  const t = useMessages()
  const state = useReport()
  if (state.status === 'loading') return <p className="status">{t.loading}</p>
  if (state.status === 'unreachable')
    return (
      <main className="status">
        <ErrorList title={t.unreachable} errors={state.failures} />
      </main>
    )
  if (!state.report)
    return (
      <main className="status">
        <ErrorList title={t.dataErrors} errors={state.errors} />
      </main>
    )
  return route.view === 'presenter' ? (
    <PresenterView report={state.report} routeSlide={route.slide} />
  ) : (
    <Deck report={state.report} routeSlide={route.slide} />
  )
}
