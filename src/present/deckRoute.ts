/** The two deck views the address can name: the slides, or the speaker's view of them. */
export type DeckView = 'present' | 'presenter'

/** A deck address: `#/present/N` or `#/presenter/N`, N from 1 (not yet clamped to the deck). */
export type DeckRoute = { view: DeckView; slide: number }

const routePattern = /^\/(present|presenter)(?:\/([^/]*))?\/?$/

/**
 * Reads a hash (without `#`) as a deck address, or null when it names no deck. A missing or
 * malformed slide number (`x`, `0`, `-2`, `1.5`) falls back to slide 1; a too-large one is
 * clamped later, when the number of slides is known.
 */
export function parseDeckRoute(hash: string): DeckRoute | null {
  const match = routePattern.exec(hash)
  if (!match) return null
  const view = match[1] === 'presenter' ? 'presenter' : 'present'
  const digits = match[2] ?? ''
  const slide = /^\d{1,6}$/.test(digits) ? Number(digits) : 1
  return { view, slide: Math.max(1, slide) }
}

/** The fragment of a deck address: `#/present/3`. */
export const deckHash = ({ view, slide }: DeckRoute): string => `#/${view}/${slide}`
