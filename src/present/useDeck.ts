import { useCallback, useEffect, useRef, useState } from 'react'
import { type DeckRoute, type DeckView, deckHash, parseDeckRoute } from './deckRoute'
import { clampSlide, type DeckState, deckKey } from './deckState'

/** What the deck and the presenter view tell each other over their BroadcastChannel. */
type DeckMessage = { type: 'state'; slide: number; black: boolean } | { type: 'hello' }

type Options = {
  view: DeckView
  /** The slide the address names (1-based, not yet clamped). */
  routeSlide: number
  count: number
  /** Esc in the deck. */
  onLeave?: () => void
}

/** Shows a deck address without a new history entry, and tells the page (App reads the hash). */
function showRoute(route: DeckRoute) {
  history.replaceState(history.state, '', deckHash(route))
  window.dispatchEvent(new HashChangeEvent('hashchange'))
}

function decodeHash(hash: string): string {
  try {
    return decodeURIComponent(hash.slice(1))
  } catch {
    return hash.slice(1)
  }
}

/** One channel per page address, so a deck and its presenter view find each other. */
const channelName = () => `deck:${window.location.pathname}`

function toggleFullscreen() {
  if (document.fullscreenElement) void document.exitFullscreen?.().catch(() => {})
  else void document.documentElement.requestFullscreen?.().catch(() => {})
}

function openPresenter(slide: number) {
  const { pathname, search } = window.location
  window.open(
    `${pathname}${search}${deckHash({ view: 'presenter', slide })}`,
    'deck-presenter',
    'popup,width=1280,height=800',
  )
}

/**
 * The deck's state and its one way of changing: a key (or a button or a swipe standing for one).
 * The slide number lives in the address; the deck and the presenter view steer each other.
 */
export function useDeck({ view, routeSlide, count, onLeave }: Options) {
  const slide = clampSlide(routeSlide, count)
  const [extra, setExtra] = useState({ digits: '', black: false, help: false })
  const channel = useRef<BroadcastChannel | null>(null)
  // Keys can come faster than renders: each press starts from the state the last one left.
  const current = useRef<DeckState>({ ...extra, slide, count })
  current.current = { ...extra, slide, count }

  // The address shows the slide actually shown: a malformed or too-large N is corrected in place,
  // on arrival and whenever the address is edited.
  useEffect(() => {
    const correct = () => {
      const route = parseDeckRoute(decodeHash(window.location.hash))
      if (route?.view !== view) return
      const wanted = { view, slide: clampSlide(route.slide, count) }
      if (window.location.hash !== deckHash(wanted)) showRoute(wanted)
    }
    correct()
    window.addEventListener('hashchange', correct)
    return () => window.removeEventListener('hashchange', correct)
  }, [view, count])

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return
    const ch = new BroadcastChannel(channelName())
    channel.current = ch
    ch.onmessage = (event: MessageEvent<DeckMessage>) => {
      const message = event.data
      if (message.type === 'state') {
        const next = clampSlide(message.slide, current.current.count)
        current.current = { ...current.current, slide: next, black: message.black }
        setExtra((e) => ({ ...e, black: message.black }))
        showRoute({ view, slide: next })
      } else if (message.type === 'hello' && view === 'present') {
        const { slide: now, black } = current.current
        ch.postMessage({ type: 'state', slide: now, black } satisfies DeckMessage)
      }
    }
    // A presenter view opened later asks the deck where it is.
    if (view === 'presenter') ch.postMessage({ type: 'hello' } satisfies DeckMessage)
    return () => {
      ch.close()
      channel.current = null
    }
  }, [view])

  /** Applies a key; true when the key was the deck's (the caller then prevents its default). */
  const press = useCallback(
    (key: string): boolean => {
      const before = current.current
      const step = deckKey(before, key)
      if (!step.handled) return false
      const after = step.state
      current.current = after
      setExtra({ digits: after.digits, black: after.black, help: after.help })
      if (after.slide !== before.slide) showRoute({ view, slide: after.slide })
      if (after.slide !== before.slide || after.black !== before.black)
        channel.current?.postMessage({
          type: 'state',
          slide: after.slide,
          black: after.black,
        } satisfies DeckMessage)
      if (step.effect === 'fullscreen') toggleFullscreen()
      if (step.effect === 'presenter' && view === 'present') openPresenter(after.slide)
      if (step.effect === 'leave') onLeave?.()
      return true
    },
    [view, onLeave],
  )

  return { slide, count, ...extra, press }
}
