/**
 * Chart colours: CSS variables (so the theme can switch) with the light-theme colour as fallback,
 * which exports resolve to. Okabe–Ito hues: safe for the common colour-vision deficiencies.
 */
export const palette = {
  primary: 'var(--chart-primary, #0072b2)',
  secondary: 'var(--chart-secondary, #e69f00)',
  tertiary: 'var(--chart-tertiary, #009e73)',
  quaternary: 'var(--chart-quaternary, #cc79a7)',
  muted: 'var(--chart-muted, #8a8f98)',
  unknown: 'var(--chart-unknown, #e4e6ea)',
  ink: 'var(--chart-ink, #1d2129)',
  subtle: 'var(--chart-subtle, #5c6370)',
  grid: 'var(--chart-grid, #d9dce1)',
  surface: 'var(--chart-surface, #ffffff)',
} as const

/** Replaces every `var(--x, fallback)` by its fallback: the light theme, for exported images. */
export function resolveColors(svg: string): string {
  return svg.replace(/var\(--[\w-]+,\s*(#[0-9a-fA-F]{3,8})\)/g, '$1')
}

/** The chart font stack: system UI first, then the common CJK faces. */
export const fontFamily =
  'system-ui, -apple-system, "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", "Segoe UI", sans-serif'
