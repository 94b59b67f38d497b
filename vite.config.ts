/// <reference types="vitest/config" />
import { createReadStream, readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'
import { dataFileNames } from './src/data/files.ts'

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
      for (const name of [...dataFileNames, 'README.md']) {
        this.emitFile({
          type: 'asset',
          fileName: `data/${name}`,
          source: readFileSync(resolve(dataDir, name)),
        })
      }
    },
  }
}

export default defineConfig({
  base: './',
  plugins: [react(), dataFiles()],
  build: { target: 'es2022' },
  test: {
    environment: 'jsdom',
    setupFiles: ['tests/setup.ts'],
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**'],
  },
})
