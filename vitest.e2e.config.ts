import { defineConfig } from 'vitest/config'

/** Browser tests: real Chromium against `vite preview` of the built dist/ (run `npm run build` first). */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
})
