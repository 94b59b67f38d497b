/// <reference types="vitest/config" />
import { createHash } from 'node:crypto'
import { createReadStream, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import type { OutputChunk } from 'rolldown'
import { defineConfig, type Plugin } from 'vite'
import { serviceWorkerSource } from './scripts/serviceWorker.ts'
import { themeCss } from './src/charts/kit/palette.ts'
import { dataFileNames, dataPackageFileName } from './src/data/files.ts'

const dataDir = resolve(import.meta.dirname, 'data')

/** Serves `data/` at `data/` in dev and preview's source, and copies it to `dist/data/` on build. */
function dataFiles(): Plugin {
  const types: Record<string, string> = {
    json: 'application/json; charset=utf-8',
    csv: 'text/csv; charset=utf-8',
    md: 'text/markdown; charset=utf-8',
  }
  return {
    name: 'data-files',
    configureServer(server) {
      server.middlewares.use('/data', (req, res, next) => {
        const name = decodeURIComponent((req.url ?? '').split('?')[0] ?? '').replace(/^\//, '')
        if (!readdirSync(dataDir).includes(name)) return next()
        res.setHeader(
          'Content-Type',
          types[name.split('.').pop() ?? ''] ?? 'text/plain; charset=utf-8',
        )
        createReadStream(resolve(dataDir, name)).pipe(res)
      })
    },
    generateBundle() {
      for (const name of [...dataFileNames, dataPackageFileName, 'README.md']) {
        this.emitFile({
          type: 'asset',
          fileName: `data/${name}`,
          source: readFileSync(resolve(dataDir, name)),
        })
      }
    },
  }
}

/**
 * Writes the service worker (src/sw/sw.js) to dist/sw.js with the list of files it keeps for
 * offline use: every built file, the data files, and public/. Its version comes from their
 * contents, so a deploy that changes anything installs a new worker and shows the update prompt.
 * Files written after the bundle (the downloads) are added by the build step that writes them
 * (scripts/serviceWorker.ts).
 */
function serviceWorker(): Plugin {
  const publicDir = resolve(import.meta.dirname, 'public')
  const listPublic = (dir: string, prefix = ''): string[] =>
    existsSync(dir)
      ? readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
          entry.isDirectory()
            ? listPublic(resolve(dir, entry.name), `${prefix}${entry.name}/`)
            : [`${prefix}${entry.name}`],
        )
      : []
  return {
    name: 'service-worker',
    apply: 'build',
    writeBundle(options, bundle) {
      const hash = createHash('sha256')
      const files: string[] = ['./']
      for (const name of Object.keys(bundle).sort()) {
        const item = bundle[name]
        if (!item || name.endsWith('.map') || name === 'data/README.md') continue
        files.push(name)
        hash.update(name)
        hash.update(item.type === 'chunk' ? item.code : item.source)
      }
      for (const name of listPublic(publicDir)) {
        // _headers is the host's configuration (Netlify, Cloudflare Pages), not a file it serves.
        if (name === 'sw.js' || name === '_headers') continue
        files.push(name)
        hash.update(name)
        hash.update(readFileSync(resolve(publicDir, name)))
      }
      const manifest = { version: hash.digest('hex').slice(0, 16), files }
      writeFileSync(resolve(options.dir ?? 'dist', 'sw.js'), serviceWorkerSource(manifest))
    },
  }
}

/**
 * The dev server injects inline scripts (React Fast Refresh) and inline styles, which the page's
 * Content-Security-Policy forbids; the policy applies to the built page only.
 */
function devWithoutCsp(): Plugin {
  return {
    name: 'dev-without-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html.replace(/\s*<meta\s+http-equiv="Content-Security-Policy"[^>]*>/, ''),
  }
}

/**
 * The page's one script, src/boot.ts, imports the app only at the reader's first input: nothing on
 * the first paint waits for it. Fetch it at low priority, after the stylesheet (Vite writes the
 * entry's tag itself and keeps no attribute of it from index.html).
 */
function lowPriorityEntry(): Plugin {
  const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>/
  return {
    name: 'low-priority-entry',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (!entry.test(html)) throw new Error('index.html: the entry <script> was not found')
        return html.replace(
          entry,
          '<script type="module" crossorigin fetchpriority="low" src="$1"></script>',
        )
      },
    },
  }
}

/**
 * Marks the JavaScript the page runs as it starts (the entry, the two modules boot.ts asks for at
 * the first input, and what they import) with V8's compile hint `//# allFunctionsCalledOnLoad`.
 * Chrome (136 and later) then compiles their functions as they download, off the main thread,
 * instead of one by one on the main thread as hydration first calls them; other browsers read a
 * comment. Code that
 * loads later (Recharts, the deck, the exports) keeps lazy compilation.
 */
function compileHints(): Plugin {
  return {
    name: 'compile-hints',
    apply: 'build',
    generateBundle: {
      // After Vite's own additions to the top of a chunk: the hint must be the file's first line.
      order: 'post',
      handler(_options, bundle) {
        const chunks = new Map<string, OutputChunk>()
        for (const item of Object.values(bundle))
          if (item.type === 'chunk') chunks.set(item.fileName, item)
        const startup = new Set<string>()
        const add = (fileName: string) => {
          const chunk = chunks.get(fileName)
          if (!chunk || startup.has(fileName)) return
          startup.add(fileName)
          chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`
          for (const imported of chunk.imports) add(imported)
        }
        for (const chunk of chunks.values()) {
          if (!chunk.isEntry) continue
          add(chunk.fileName)
          for (const imported of chunk.dynamicImports) add(imported)
        }
        if (startup.size === 0) throw new Error('compile-hints: the build has no entry chunk')
      },
    },
  }
}

/**
 * `virtual:chart-palette.css`: the chart colours of both themes as CSS custom properties, written
 * from src/charts/kit/palette.ts, the one source that exports also resolve colours from.
 */
function chartPalette(): Plugin {
  const id = 'virtual:chart-palette.css'
  // A virtual module's id starts with NUL; it keeps .css so Vite treats it as a stylesheet.
  const resolved = `\0${id}`
  return {
    name: 'chart-palette',
    resolveId: (source) => (source === id ? resolved : undefined),
    load: (loaded) => (loaded === resolved ? themeCss() : undefined),
  }
}

export default defineConfig({
  base: './',
  plugins: [
    react(),
    chartPalette(),
    dataFiles(),
    serviceWorker(),
    devWithoutCsp(),
    lowPriorityEntry(),
    compileHints(),
  ],
  // No preload helper: it adds link elements to a large page at the moment it hydrates.
  build: { target: 'es2022', manifest: true, modulePreload: false },
  test: {
    environment: 'jsdom',
    setupFiles: ['tests/setup.tsx'],
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**'],
    // The dashboard tests draw every chart (Recharts) in jsdom: seconds each on a busy machine.
    testTimeout: 30_000,
  },
})
