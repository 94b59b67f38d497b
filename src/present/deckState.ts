/** What the deck shows besides the slide number, which lives in the address. */
export type DeckState = {
  /** 1-based, within 1 … count. */
  slide: number
  count: number
  /** Digits typed so far for a jump (`1`, `2`, Enter goes to slide 12). */
  digits: string
  black: boolean
  help: boolean
}

/** Something a key asks for that the state alone cannot do. */
export type DeckEffect = 'fullscreen' | 'presenter' | 'leave'

/** The result of one key: the next state, an effect, and whether the key was the deck's. */
export type DeckStep = { state: DeckState; effect: DeckEffect | null; handled: boolean }

/** Keys that go forward; clickers send PageDown (some send → or Enter). */
export const nextKeys = ['ArrowRight', 'ArrowDown', ' ', 'PageDown', 'Enter'] as const
/** Keys that go back; clickers send PageUp. */
export const previousKeys = ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'] as const

const maxDigits = 4

/** Keeps a slide number inside the deck: below 1 gives 1, past the end gives the last. */
export const clampSlide = (slide: number, count: number): number =>
  Math.min(Math.max(1, Math.trunc(slide) || 1), Math.max(1, count))

/** The deck moved to a slide: digits typed are spent and a black screen lifts. */
function goTo(state: DeckState, slide: number): DeckState {
  return { ...state, slide: clampSlide(slide, state.count), digits: '', black: false }
}

/**
 * What one key press does to the deck (KeyboardEvent.key, without modifiers: the caller leaves
 * Ctrl/Alt/Meta combinations such as Ctrl+P to the browser).
 */
export function deckKey(state: DeckState, key: string): DeckStep {
  const step = (next: DeckState, effect: DeckEffect | null = null): DeckStep => ({
    state: next,
    effect,
    handled: true,
  })
  if (/^[0-9]$/.test(key)) return step({ ...state, digits: (state.digits + key).slice(-maxDigits) })
  if (key === 'Enter' && state.digits) return step(goTo(state, Number(state.digits)))
  if (key === 'Backspace' && state.digits)
    return step({ ...state, digits: state.digits.slice(0, -1) })
  if ((nextKeys as readonly string[]).includes(key)) return step(goTo(state, state.slide + 1))
  if ((previousKeys as readonly string[]).includes(key)) return step(goTo(state, state.slide - 1))
  switch (key) {
    case 'Home':
      return step(goTo(state, 1))
    case 'End':
      return step(goTo(state, state.count))
    case 'b':
    case 'B':
    // Clickers' "black screen" button sends a full stop.
    case '.':
      return step({ ...state, black: !state.black, digits: '' })
    case '?':
      return step({ ...state, help: !state.help, digits: '' })
    case 'f':
    case 'F':
      return step({ ...state, digits: '' }, 'fullscreen')
    case 'p':
    case 'P':
      return step({ ...state, digits: '' }, 'presenter')
    case 'Escape':
      if (state.help || state.digits) return step({ ...state, help: false, digits: '' })
      return step(state, 'leave')
    default:
      return { state, effect: null, handled: false }
  }
}
