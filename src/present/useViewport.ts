import { useSyncExternalStore } from 'react'
import { stage } from './slides'

const subscribe = (onChange: () => void) => {
  window.addEventListener('resize', onChange)
  return () => window.removeEventListener('resize', onChange)
}

/** The window's inner size in CSS pixels; the stage's size when there is no window. */
export function useViewport(): { width: number; height: number } {
  const width = useSyncExternalStore(
    subscribe,
    () => window.innerWidth,
    () => stage.width,
  )
  const height = useSyncExternalStore(
    subscribe,
    () => window.innerHeight,
    () => stage.height,
  )
  return { width, height }
}

/** The scale that fits a stage into a box, keeping 16:9 (the rest is letterbox). */
export const fitScale = (box: { width: number; height: number }): number =>
  Math.max(0.01, Math.min(box.width / stage.width, box.height / stage.height))
