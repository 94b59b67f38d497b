/**
 * The chart colours, for both themes: the one source. The page's CSS custom properties are
 * written from it at build time (`themeCss`, served by a Vite plugin as `virtual:chart-palette.css`),
 * charts name the properties with the light colour as fallback (`palette`), and exported images
 * resolve them to the light theme (`resolveColors`). Okabe–Ito hues, darkened where the light
 * theme needs contrast: safe for the common colour-vision deficiencies.
 */
export const themes = {
  light: {
    primary: '#0072b2',
    secondary: '#b86e00',
    tertiary: '#007a5a',
    quaternary: '#b0508c',
    muted: '#7b818c',
    unknown: '#e4e6ea',
    ink: '#1d2129',
    subtle: '#555c68',
    grid: '#d9dce1',
    surface: '#ffffff',
  },
  dark: {
    primary: '#56b4e9',
    secondary: '#e69f00',
    tertiary: '#2fc79b',
    quaternary: '#e08cc0',
    muted: '#9aa1ab',
    unknown: '#343840',
    ink: '#eceef2',
    subtle: '#aab1bd',
    grid: '#3a3f47',
    surface: '#1e2126',
  },
  /** Slides on a projector: near-black on white, darker hues, a heavier grid than the page's. */
  projector: {
    primary: '#005b96',
    secondary: '#9a5500',
    tertiary: '#006b4f',
    quaternary: '#963a78',
    muted: '#5a616b',
    unknown: '#d3d7dd',
    ink: '#0a0c10',
    subtle: '#2b313b',
    grid: '#7d8591',
    surface: '#ffffff',
  },
} as const

/** What a colour is for; each is one CSS custom property, `--chart-<role>`. */
export type ColorRole = keyof typeof themes.light

const roles = Object.keys(themes.light) as ColorRole[]

/** Each role as `var(--chart-<role>, <light colour>)`: the theme switches it, exports resolve it. */
export const palette = Object.fromEntries(
  roles.map((role) => [role, `var(--chart-${role}, ${themes.light[role]})`]),
) as Record<ColorRole, string>

/** The custom properties of one theme, as CSS declarations. */
const declarations = (theme: keyof typeof themes) =>
  roles.map((role) => `  --chart-${role}: ${themes[theme][role]};`).join('\n')

/**
 * The page's chart colours as CSS: light by default, dark by system preference unless the
 * reader chose light, or by choice (`html[data-theme]`), on screen only (paper is light), as
 * styles.css does for the page; the projector's on the deck's stage (present.css).
 */
export function themeCss(): string {
  const dark = declarations('dark')
  return [
    `:root {\n${declarations('light')}\n}`,
    `@media screen and (prefers-color-scheme: dark) {\n:root:not([data-theme="light"]) {\n${dark}\n}\n}`,
    `@media screen {\n:root[data-theme="dark"] {\n${dark}\n}\n}`,
    `.deck-stage {\n${declarations('projector')}\n}`,
    '',
  ].join('\n')
}

/** Replaces every `var(--x, fallback)` by its fallback: the light theme, for exported images. */
export function resolveColors(svg: string): string {
  return svg.replace(/var\(--[\w-]+,\s*(#[0-9a-fA-F]{3,8})\)/g, '$1')
}

/** The chart font stack: system UI first, then the common CJK faces. */
export const fontFamily =
  'system-ui, -apple-system, "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", "Segoe UI", sans-serif'
