/** The worker that holds a new version and waits for the reader to say "reload". */
let waiting: ServiceWorker | null = null
let accepted = false
const listeners = new Set<() => void>()

function setWaiting(worker: ServiceWorker) {
  waiting = worker
  for (const listener of listeners) listener()
}

/**
 * Registers the service worker that keeps the page, its code and its data for offline use, and
 * notes when a new version is installed and waiting. Only the production build calls this.
 */
export async function registerServiceWorker(
  url: string,
  container: ServiceWorkerContainer = navigator.serviceWorker,
  reload: () => void = () => window.location.reload(),
): Promise<void> {
  // The first worker takes over without a reload; only an accepted update reloads the page.
  container.addEventListener('controllerchange', () => {
    if (accepted) reload()
  })
  const registration = await container.register(url)
  // A version installed on an earlier visit and still waiting.
  if (registration.waiting && container.controller) setWaiting(registration.waiting)
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing
    installing?.addEventListener('statechange', () => {
      // With no controller this is the first install, not an update.
      if (installing.state === 'installed' && container.controller) setWaiting(installing)
    })
  })
}

/** Tells the waiting worker to take over; the page reloads when it has. */
export function applyUpdate() {
  accepted = true
  waiting?.postMessage({ type: 'skip-waiting' })
}

/** The worker waiting with a new version, if any. */
export const waitingWorker = (): ServiceWorker | null => waiting

/** Calls `listener` when a new version starts to wait; returns the way to stop. */
export function subscribeToUpdate(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
