import { type TouchEvent, useEffect, useRef } from 'react'

/**
 * Sends the deck's keys to `press`. Combinations with Ctrl, Alt or Meta stay the browser's
 * (Ctrl+P prints the handout); Enter and Space on a focused button press the button.
 */
export function useDeckKeys(press: (key: string) => boolean) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return
      const target = event.target instanceof Element ? event.target : null
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return
      if ((event.key === 'Enter' || event.key === ' ') && target?.closest('button, a[href]')) return
      if (press(event.key)) event.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [press])
}

/** How far a finger must travel sideways, in CSS pixels, to turn a slide. */
const swipeDistance = 60

/** Touch handlers: a swipe to the left is the next slide, to the right the previous one. */
export function useSwipe(press: (key: string) => boolean) {
  const start = useRef<{ x: number; y: number } | null>(null)
  return {
    onTouchStart: (event: TouchEvent) => {
      const touch = event.touches[0]
      start.current = touch ? { x: touch.clientX, y: touch.clientY } : null
    },
    onTouchEnd: (event: TouchEvent) => {
      const touch = event.changedTouches[0]
      const from = start.current
      start.current = null
      if (!touch || !from) return
      const dx = touch.clientX - from.x
      const dy = touch.clientY - from.y
      if (Math.abs(dx) < swipeDistance || Math.abs(dx) < Math.abs(dy)) return
      press(dx < 0 ? 'ArrowRight' : 'ArrowLeft')
    },
  }
}
