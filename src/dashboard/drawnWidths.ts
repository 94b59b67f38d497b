import { createContext, useContext } from 'react'

/**
 * The widths a card's drawing is prerendered at: the card on a 390 px phone, and the widest card
 * (from 1280 px screens). The page's CSS shows the one nearer the card's width (a container query
 * in styles.css: the wide drawing from 590 px, where its 13 px labels stay 11 px or more), and the
 * live chart, drawn at the measured width, replaces it where the card is exactly that wide without
 * moving a mark.
 */
export const drawnWidths = { narrow: 324, wide: 694 } as const

const PrerenderContext = createContext(false)

/** Wraps the page the build prerenders: every card then draws at both `drawnWidths`. */
export const PrerenderProvider = PrerenderContext.Provider

/** True while the build prerenders the page. */
export const usePrerender = () => useContext(PrerenderContext)
