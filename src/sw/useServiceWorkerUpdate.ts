import { useSyncExternalStore } from 'react'
import { applyUpdate, subscribeToUpdate, waitingWorker } from './register'

/** A function that reloads into the new version when one is waiting, else null. */
export function useServiceWorkerUpdate(): (() => void) | null {
  const worker = useSyncExternalStore(subscribeToUpdate, waitingWorker, () => null)
  return worker ? applyUpdate : null
}
