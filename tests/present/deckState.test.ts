import { describe, expect, it } from 'vitest'
import { deckHash, parseDeckRoute } from '../../src/present/deckRoute'
import { clampSlide, type DeckState, type DeckStep, deckKey } from '../../src/present/deckState'

describe('parseDeckRoute', () => {
  it.each([
    ['/present/1', { view: 'present', slide: 1 }],
    ['/present/7', { view: 'present', slide: 7 }],
    ['/presenter/3', { view: 'presenter', slide: 3 }],
    ['/present', { view: 'present', slide: 1 }],
    ['/present/', { view: 'present', slide: 1 }],
    ['/present/0', { view: 'present', slide: 1 }],
    ['/present/-2', { view: 'present', slide: 1 }],
    ['/present/1.5', { view: 'present', slide: 1 }],
    ['/present/abc', { view: 'present', slide: 1 }],
    ['/present/3x', { view: 'present', slide: 1 }],
    ['/present/999', { view: 'present', slide: 999 }],
  ])('reads %j', (hash, route) => {
    expect(parseDeckRoute(hash)).toEqual(route)
  })

  it.each(['', 'annual-payments', '/presentation/2', 'present/2', '/present/2/extra'])(
    'names no deck in %j',
    (hash) => {
      expect(parseDeckRoute(hash)).toBeNull()
    },
  )

  it('writes the address back', () => {
    expect(deckHash({ view: 'presenter', slide: 4 })).toBe('#/presenter/4')
  })
})

describe('clampSlide', () => {
  it.each([
    [0, 1],
    [-3, 1],
    [1, 1],
    [5, 5],
    [9, 9],
    [10, 9],
    [Number.NaN, 1],
  ])('%d in a deck of 9 is %d', (given, want) => {
    expect(clampSlide(given, 9)).toBe(want)
  })
})

const base: DeckState = { slide: 3, count: 9, digits: '', black: false, help: false }

/** Presses keys in order from a state (the base, overridden) and returns the last step. */
function press(keys: string[], from: Partial<DeckState> = {}) {
  let step: DeckStep = { state: { ...base, ...from }, effect: null, handled: false }
  for (const key of keys) step = deckKey(step.state, key)
  return step
}

describe('deckKey', () => {
  it.each([
    ['ArrowRight', 4],
    ['ArrowDown', 4],
    [' ', 4],
    ['PageDown', 4],
    ['Enter', 4],
    ['ArrowLeft', 2],
    ['ArrowUp', 2],
    ['PageUp', 2],
    ['Backspace', 2],
    ['Home', 1],
    ['End', 9],
  ])('%j from slide 3 goes to slide %d', (key, slide) => {
    const step = press([key])
    expect(step.handled).toBe(true)
    expect(step.state.slide).toBe(slide)
  })

  it('stops at both ends', () => {
    expect(press(['ArrowRight', 'PageDown'], { slide: 9 }).state.slide).toBe(9)
    expect(press(['ArrowLeft', 'PageUp', 'Backspace'], { slide: 1 }).state.slide).toBe(1)
  })

  it('jumps to a typed number on Enter, clamped to the deck', () => {
    expect(press(['7', 'Enter']).state).toMatchObject({ slide: 7, digits: '' })
    expect(press(['1', '2', 'Enter']).state.slide).toBe(9)
    expect(press(['0', 'Enter']).state.slide).toBe(1)
    // Typing does not move until Enter.
    expect(press(['5']).state).toMatchObject({ slide: 3, digits: '5' })
  })

  it('Backspace takes back a typed digit before it goes back a slide', () => {
    expect(press(['2', '5', 'Backspace']).state).toMatchObject({ slide: 3, digits: '2' })
    expect(press(['2', 'Backspace', 'Backspace']).state).toMatchObject({ slide: 2, digits: '' })
  })

  it('B (and a clicker’s full stop) blacks the screen and back; moving lifts it', () => {
    expect(press(['b']).state.black).toBe(true)
    expect(press(['b', 'B']).state.black).toBe(false)
    expect(press(['.']).state.black).toBe(true)
    expect(press(['b', 'ArrowRight']).state).toMatchObject({ black: false, slide: 4 })
  })

  it('? shows the keys; Esc closes them first, then asks to leave', () => {
    expect(press(['?']).state.help).toBe(true)
    const closed = press(['?', 'Escape'])
    expect(closed.state.help).toBe(false)
    expect(closed.effect).toBeNull()
    expect(press(['Escape']).effect).toBe('leave')
    expect(press(['4', 'Escape']).effect).toBeNull()
  })

  it.each([
    ['f', 'fullscreen'],
    ['F', 'fullscreen'],
    ['p', 'presenter'],
    ['P', 'presenter'],
  ])('%j asks for %s', (key, effect) => {
    expect(press([key]).effect).toBe(effect)
  })

  it.each(['a', 'Tab', 'Shift', 'F5', 'x'])('leaves %j to the browser', (key) => {
    const step = press([key])
    expect(step.handled).toBe(false)
    expect(step.state).toEqual(base)
  })
})
