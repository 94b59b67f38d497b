import { describe, expect, it } from 'vitest'
import { palette, resolveColors, themeCss, themes } from '../../../src/charts/kit/palette'

/** The custom properties a CSS block declares, by name. */
function declared(css: string, selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`)
  const block = css.slice(start, css.indexOf('}', start))
  return Object.fromEntries(
    [...block.matchAll(/(--chart-[\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2]]),
  )
}

describe('the one palette', () => {
  const css = themeCss()

  it.each([
    [':root', themes.light],
    [':root:not([data-theme="light"])', themes.dark],
    [':root[data-theme="dark"]', themes.dark],
    ['.deck-stage', themes.projector],
  ] as const)('writes %s from the themes', (selector, theme) => {
    const props = declared(css, selector)
    expect(Object.keys(props)).toHaveLength(Object.keys(theme).length)
    for (const [role, color] of Object.entries(theme)) expect(props[`--chart-${role}`]).toBe(color)
  })

  it('puts both dark themes, the system one and the chosen one, on screen only: paper is light', () => {
    expect(css).toMatch(
      /@media screen and \(prefers-color-scheme: dark\) \{\s*:root:not\(\[data-theme="light"\]\)/,
    )
    expect(css).toMatch(/@media screen \{\s*:root\[data-theme="dark"\]/)
  })

  it('resolves every chart colour to the light theme for exports', () => {
    for (const [role, value] of Object.entries(palette)) {
      expect(resolveColors(`<rect fill="${value}"/>`)).toBe(
        `<rect fill="${themes.light[role as keyof typeof themes.light]}"/>`,
      )
    }
  })
})
