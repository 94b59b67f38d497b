/** The chart colours as CSS, written at build time from src/charts/kit/palette.ts (vite.config.ts). */
declare module 'virtual:chart-palette.css'
