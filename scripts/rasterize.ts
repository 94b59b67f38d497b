// PNGs of the exported SVGs, drawn in Node by resvg with a CJK font from npm: the same picture
// on every machine, Chinese included, whatever fonts the machine has.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { renderAsync } from '@resvg/resvg-js'
import subsetFont from 'subset-font'

const require = createRequire(import.meta.url)

/**
 * Noto Sans SC (OFL), the TTF files of @expo-google-fonts/noto-sans-sc: regular and bold (the
 * charts' 600 and 800 take the nearer of the two, as a browser does).
 */
export const notoSansSc = [
  require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'),
  require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf'),
]

/** The family name inside those files. */
export const fontFamilyName = 'Noto Sans SC'

/**
 * Noto Sans SC cut to the characters of `texts` (hb-subset), written to a temporary folder; call
 * `remove` when done. resvg-js in Node takes fonts only as files (its `fontBuffers` option is
 * for its WebAssembly build), and reads the file again for every run of text: 10 MB each time
 * uncut, 2 s a chart; about 100 KB cut, a few hundred ms.
 */
export async function fontsFor(texts: readonly string[]): Promise<{
  files: string[]
  remove: () => void
}> {
  // Every character of the SVGs' source, markup included: a superset of what they show.
  const characters = [...new Set(texts.join(''))].join('')
  const dir = mkdtempSync(join(tmpdir(), 'downloads-fonts-'))
  const files = await Promise.all(
    notoSansSc.map(async (file, i) => {
      const cut = join(dir, `font-${i}.ttf`)
      writeFileSync(cut, await subsetFont(readFileSync(file), characters))
      return cut
    }),
  )
  return { files, remove: () => rmSync(dir, { recursive: true, force: true }) }
}

/**
 * Draws an SVG on white at `scale` times its size with the given font files and no system font:
 * the exported SVG's font stack (system-ui … sans-serif) names faces a build machine may not
 * have, and its generic `sans-serif` resolves to Noto Sans SC. `renderAsync` lays out and draws
 * on libuv's thread pool, so several PNGs draw at once.
 */
export async function svgToPng(
  svg: string,
  scale: number,
  fontFiles: readonly string[],
): Promise<{ png: Uint8Array; width: number; height: number }> {
  const image = await renderAsync(svg, {
    fitTo: { mode: 'zoom', value: scale },
    background: '#ffffff',
    font: { loadSystemFonts: false, fontFiles: [...fontFiles], defaultFontFamily: fontFamilyName },
    logLevel: 'error',
  })
  return { png: new Uint8Array(image.asPng()), width: image.width, height: image.height }
}
