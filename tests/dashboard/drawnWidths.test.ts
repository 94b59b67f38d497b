import { describe, expect, it } from 'vitest'
import { drawnWidths, heldDrawingFits, wideDrawingFrom } from '../../src/dashboard/drawnWidths'

// A card's box on a phone is the screen less 33 px each side (324 px on a 390 px phone).
const phoneBox = (screen: number) => screen - 66

describe('heldDrawingFits: where a card keeps its prerendered drawing', () => {
  it('keeps it on common phones and on the widest card', () => {
    for (const screen of [360, 375, 390, 412, 430])
      expect(heldDrawingFits(phoneBox(screen))).toBe(true)
    expect(heldDrawingFits(drawnWidths.narrow)).toBe(true)
    expect(heldDrawingFits(drawnWidths.wide)).toBe(true)
  })

  it('draws live where the drawing would shrink its labels under 11.7 px or grow them past 16', () => {
    // A 320 px phone: 254 / 324 of 13 px is 10.2 px.
    expect(heldDrawingFits(phoneBox(320))).toBe(false)
    // Just under the wide drawing: the narrow one would be 1.8 times its size.
    expect(heldDrawingFits(wideDrawingFrom - 1)).toBe(false)
    // Just over: the wide one at 0.85.
    expect(heldDrawingFits(wideDrawingFrom)).toBe(false)
    // Wider than the widest card (an embed page up to 1200 px).
    expect(heldDrawingFits(1200)).toBe(false)
  })
})
