import { defineConfig } from 'vitest/config'

/**
 * Browser tests against `vite preview` of the built dist/ (run `npm run build` first): every file
 * in Chromium; the cross-engine file (engines.e2e.ts) also in Gecko and WebKit. One project:
 * `--project firefox`.
 */
const engines = ['firefox', 'webkit'].map((engine) => ({
  extends: true as const,
  test: { name: engine, include: ['tests/e2e/engines.e2e.ts'], env: { ENGINE: engine } },
}))

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    projects: [
      { extends: true, test: { name: 'chromium', include: ['tests/e2e/**/*.e2e.ts'] } },
      ...engines,
    ],
  },
})
