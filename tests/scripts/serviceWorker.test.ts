import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import {
  addToServiceWorker,
  readWorkerManifest,
  serviceWorkerSource,
} from '../../scripts/serviceWorker'

const bundle = { version: '0123456789abcdef', files: ['./', 'index.html', 'assets/app.js'] }
const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/** A dist/ folder holding only the worker the Vite plugin writes. */
function dist() {
  const dir = mkdtempSync(join(tmpdir(), 'sw-'))
  dirs.push(dir)
  writeFileSync(join(dir, 'sw.js'), serviceWorkerSource(bundle))
  return dir
}
const bytes = (text: string) => new TextEncoder().encode(text)
const written = (dir: string) => readWorkerManifest(readFileSync(join(dir, 'sw.js'), 'utf8'))

describe('the service worker’s manifest', () => {
  it('is read back from the worker exactly as written', () => {
    expect(written(dist())).toEqual(bundle)
  })

  it('lists files added after the bundle, after the bundle’s own', () => {
    const dir = dist()
    addToServiceWorker(dir, [{ name: 'downloads/a.csv', bytes: bytes('a') }])
    expect(written(dir).files).toEqual([...bundle.files, 'downloads/a.csv'])
    expect(readFileSync(join(dir, 'sw.js'), 'utf8')).not.toContain('__SW_MANIFEST__')
  })

  it('changes its version with the added files’ bytes, and only then', () => {
    const version = (content: string) => {
      const dir = dist()
      return addToServiceWorker(dir, [{ name: 'downloads/a.csv', bytes: bytes(content) }]).version
    }
    expect(version('a')).not.toBe(bundle.version)
    expect(version('a')).toBe(version('a'))
    expect(version('b')).not.toBe(version('a'))
  })

  it('leaves out of its install what it keeps on first use, yet versions it by its bytes', () => {
    const version = (png: string) => {
      const dir = dist()
      const files = [
        { name: 'downloads/a.csv', bytes: bytes('a') },
        { name: 'downloads/a.png', bytes: bytes(png) },
      ]
      const manifest = addToServiceWorker(dir, files, (name) => name.endsWith('.csv'))
      expect(manifest.files).toEqual([...bundle.files, 'downloads/a.csv'])
      return manifest.version
    }
    expect(version('x')).not.toBe(version('y'))
  })

  it('lists a file once even when it is added again', () => {
    const dir = dist()
    const file = { name: 'downloads/a.csv', bytes: bytes('a') }
    addToServiceWorker(dir, [file])
    addToServiceWorker(dir, [file])
    expect(written(dir).files.filter((f) => f === file.name)).toHaveLength(1)
  })

  it('refuses a worker not written from src/sw/sw.js', () => {
    expect(() => readWorkerManifest('self.addEventListener("fetch", () => {})')).toThrow(
      /not written from src\/sw\/sw.js/,
    )
  })
})
