// The service worker's file list and version, written into dist/sw.js from src/sw/sw.js: by the
// Vite plugin for the bundle (vite.config.ts), then by the build steps that write more files
// after it (the downloads, scripts/downloads.ts).
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'

/** What the worker keeps for offline use, and a version made from those files' contents. */
export type WorkerManifest = { version: string; files: string[] }

const placeholder = 'self.__SW_MANIFEST__'
const template = () => readFileSync(resolve(import.meta.dirname, '../src/sw/sw.js'), 'utf8')

/** The worker's source with its manifest in place of the placeholder. */
export function serviceWorkerSource(manifest: WorkerManifest): string {
  const source = template()
  if (!source.includes(placeholder)) throw new Error(`src/sw/sw.js has no ${placeholder}`)
  return source.replace(placeholder, JSON.stringify(manifest))
}

/** The manifest inside a written worker (dist/sw.js), read back exactly. */
export function readWorkerManifest(written: string): WorkerManifest {
  const [before = '', after = ''] = template().split(placeholder)
  if (!written.startsWith(before) || !written.endsWith(after))
    throw new Error('sw.js was not written from src/sw/sw.js: build again (npm run build)')
  return JSON.parse(written.slice(before.length, written.length - after.length)) as WorkerManifest
}

/**
 * Lists files written after the bundle in dist/sw.js, and folds their names and bytes into its
 * version: a deploy that changes any of them installs a new worker.
 */
export function addToServiceWorker(
  dist: string,
  files: readonly { name: string; bytes: Uint8Array }[],
  /** Which of them the worker fetches as it installs; the rest it keeps once first fetched. */
  precache: (name: string) => boolean = () => true,
): WorkerManifest {
  const path = resolve(dist, 'sw.js')
  const before = readWorkerManifest(readFileSync(path, 'utf8'))
  const hash = createHash('sha256').update(before.version)
  for (const file of files) hash.update(file.name).update(file.bytes)
  const manifest = {
    version: hash.digest('hex').slice(0, 16),
    // A name listed twice would make the worker's install (cache.addAll) fail.
    files: [...new Set([...before.files, ...files.map((f) => f.name).filter(precache)])],
  }
  writeFileSync(path, serviceWorkerSource(manifest))
  return manifest
}
