// The service worker: keeps the built page, its code and the data so that the dashboard, the
// deck and the downloads work offline after one visit. `vite build` writes the list of built
// files and a version made from their contents in place of the placeholder below (see
// serviceWorker() in vite.config.ts); a new version installs beside the old one and waits until
// the reader accepts the page's "New version · Reload" prompt.

/** @type {{ version: string, files: string[] }} */
const manifest = self.__SW_MANIFEST__ ?? { version: 'dev', files: [] }
const cacheName = `dashboard-${manifest.version}`
const scope = self.registration.scope
const dataPrefix = new URL('data/', scope).href
/** A data request slower than this is answered from the cache, when the cache has it. */
const dataTimeoutMs = 4000

self.addEventListener('install', (event) => {
  // `reload` skips the HTTP cache, so the cached copies are the deployed ones.
  event.waitUntil(
    caches
      .open(cacheName)
      .then((cache) =>
        cache.addAll(manifest.files.map((f) => new Request(f, { cache: 'reload' }))),
      ),
  )
})

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith('dashboard-') && name !== cacheName)
            .map((name) => caches.delete(name)),
        ),
      )
      .then(() => self.clients.claim()),
  )
})

self.addEventListener('message', (event) => {
  if (event.data?.type === 'skip-waiting') self.skipWaiting()
})

self.addEventListener('fetch', (event) => {
  const { request } = event
  if (request.method !== 'GET') return
  const url = new URL(request.url)
  if (url.origin !== self.location.origin || !url.href.startsWith(scope)) return
  if (url.href.startsWith(dataPrefix)) event.respondWith(networkFirst(request))
  else event.respondWith(cacheFirst(request))
})

/** Built files never change under their names: the cached copy, else the network. */
async function cacheFirst(request) {
  const cache = await caches.open(cacheName)
  // `?lang=en` and other address parameters name the same page. The server says `Vary: Origin`
  // and module scripts are requested with an Origin header: the built files do not vary by it.
  const cached = await cache.match(request, {
    ignoreSearch: request.mode === 'navigate',
    ignoreVary: true,
  })
  if (cached) return cached
  try {
    const response = await fetch(request)
    if (response.ok && response.type === 'basic') await cache.put(request, response.clone())
    return response
  } catch (error) {
    const page = request.mode === 'navigate' ? await cache.match('index.html') : undefined
    if (page) return page
    throw error
  }
}

/** Data may be edited and redeployed: the network first, the cached copy when it fails or lags. */
async function networkFirst(request) {
  const cache = await caches.open(cacheName)
  const network = fetch(request).then(async (response) => {
    if (response.ok) await cache.put(request, response.clone())
    return response
  })
  // When the cached copy answers first, a later network failure is expected, not an error.
  network.catch(() => {})
  const cached = () => cache.match(request, { ignoreSearch: true, ignoreVary: true })
  const late = new Promise((resolve) => setTimeout(resolve, dataTimeoutMs, 'late'))
  try {
    const first = await Promise.race([network, late])
    if (first !== 'late') return first.ok ? first : ((await cached()) ?? first)
    return (await cached()) ?? (await network)
  } catch (error) {
    const copy = await cached()
    if (copy) return copy
    throw error
  }
}
