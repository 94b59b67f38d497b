// PNGs of the exported SVGs, drawn in Node by resvg with a CJK font from npm: the same picture
// on every machine, Chinese included, whatever fonts the machine has.
import { createRequire } from 'node:module'
import { renderAsync } from '@resvg/resvg-js'

const require = createRequire(import.meta.url)

/**
 * Noto Sans SC (OFL), the TTF files of @expo-google-fonts/noto-sans-sc: regular and bold (the
 * charts' 600 and 800 pick the nearer of the two, as a browser does). resvg-js in Node takes
 * font files by path; its `fontBuffers` option exists only in its WebAssembly build.
 */
export const fontFiles = [
  require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'),
  require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf'),
]

/** The family name inside those files. */
export const fontFamilyName = 'Noto Sans SC'

/**
 * Draws an SVG on white at `scale` times its size. No system font is read: the exported SVG's
 * font stack (system-ui … sans-serif) names faces a build machine may not have, and its generic
 * `sans-serif` resolves to Noto Sans SC. `fonts: 'none'` draws without any font (tests compare).
 * Laying out text in a CJK font takes resvg a second or two per chart; `renderAsync` does it on
 * libuv's thread pool, so several PNGs draw at once, beside the next chart's SVG.
 */
export async function svgToPng(
  svg: string,
  scale: number,
  { fonts = 'noto' }: { fonts?: 'noto' | 'none' } = {},
): Promise<{ png: Uint8Array; width: number; height: number }> {
  const image = await renderAsync(svg, {
    fitTo: { mode: 'zoom', value: scale },
    background: '#ffffff',
    font: {
      loadSystemFonts: false,
      fontFiles: fonts === 'noto' ? fontFiles : [],
      defaultFontFamily: fontFamilyName,
    },
    logLevel: 'error',
  })
  return { png: new Uint8Array(image.asPng()), width: image.width, height: image.height }
}
