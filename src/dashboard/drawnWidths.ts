import { createContext, useContext } from 'react'

/**
 * The widths a card's drawing is prerendered at: the card on a 390 px phone, and the widest card
 * (from 1280 px screens). The page's CSS shows the one nearer the card's width (a container query
 * in styles.css: the wide drawing from `wideDrawingFrom`, where its 13 px labels stay 11 px or
 * more). A card keeps that drawing where it fits (`heldDrawingFits`); where the live chart
 * replaces it, drawn at the measured width, no mark moves when the card is exactly that wide.
 */
export const drawnWidths = { narrow: 324, wide: 694 } as const

/** From this card width the page shows the wide drawing (the container query in styles.css). */
export const wideDrawingFrom = 588

/**
 * Whether the prerendered drawing the page shows in a box `width` wide reads as drawn once CSS
 * scales it to the box: its 13 px labels shrink to no less than 11.7 px (a 360 px phone) and grow
 * to no more than 16 px. A card whose box it fits keeps it: Recharts then never has to draw it again.
 */
export function heldDrawingFits(width: number): boolean {
  const scale = width / (width >= wideDrawingFrom ? drawnWidths.wide : drawnWidths.narrow)
  return scale >= 0.9 && scale <= 1.25
}

const PrerenderContext = createContext(false)

/** Wraps the page the build prerenders: every card then draws at both `drawnWidths`. */
export const PrerenderProvider = PrerenderContext.Provider

/** True while the build prerenders the page. */
export const usePrerender = () => useContext(PrerenderContext)
