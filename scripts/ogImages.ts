// Build step, run by scripts/prerender.ts after the downloads: the link-preview images, 1200×630
// PNGs in dist/og/. A chart's is its exported SVG (the download, title to source) fitted on the
// canvas; the dashboard's is the report's name and the headline figures the page's header lists.
// Both drawn by resvg with the npm CJK font, as the downloads are.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { figureLabel } from '../src/charts/figureRows.ts'
import { themes } from '../src/charts/kit/palette.ts'
import { wrapText } from '../src/charts/kit/text.ts'
import { headlineFigureIds } from '../src/dashboard/Header.tsx'
import { getFigure } from '../src/data/figures.ts'
import type { Report } from '../src/data/report.ts'
import { sourceLine } from '../src/export/svg.ts'
import { formatQuantity } from '../src/i18n/format.ts'
import { type Lang, langs } from '../src/i18n/lang.ts'
import type { BuiltFile } from './downloads.ts'
import { dashboardOgId, ogDir, ogImageHref, ogSize } from './openGraph.ts'
import { fontsFor, svgToPng } from './rasterize.ts'
import { addToServiceWorker } from './serviceWorker.ts'

const { width, height } = ogSize
const pad = 48
const colors = themes.light

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

const text = (content: string, x: number, y: number, size: number, fill: string, bold = false) =>
  `<text x="${x}" y="${y}" font-size="${size}" fill="${fill}"${bold ? ' font-weight="700"' : ''}>${esc(content)}</text>`

const canvas = (lang: Lang, body: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" lang="${lang === 'zh' ? 'zh-CN' : 'en'}"><rect width="${width}" height="${height}" fill="#ffffff"/>${body}</svg>`

/**
 * A chart's exported SVG, scaled to fit the canvas and centred: its root `<svg>` becomes a nested
 * one, placed by x, y, width and height, drawn through its own viewBox.
 */
export function chartOgSvg(exported: string, lang: Lang): string {
  const size = /^<svg[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/.exec(exported)
  if (!size) throw new Error('an exported chart SVG without width and height')
  const [w, h] = [Number(size[1]), Number(size[2])]
  const scale = Math.min((width - 2 * pad) / w, (height - pad) / h)
  const [x, y] = [(width - w * scale) / 2, (height - h * scale) / 2]
  const placed = exported.replace(
    /^<svg([^>]*)\swidth="[\d.]+"([^>]*)\sheight="[\d.]+"/,
    `<svg$1 x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${(w * scale).toFixed(1)}"$2 height="${(h * scale).toFixed(1)}"`,
  )
  return canvas(lang, placed)
}

/**
 * The dashboard's preview: the report's name, its headline figures in rows of three (each value
 * and label wrapped whole, the rows spread over the free height), and the source at the foot.
 * Fails rather than crop a figure.
 */
export function dashboardOgSvg(report: Report, lang: Lang): string {
  const { meta } = report
  const name = lang === 'zh' ? `《${meta.reportName.zh}》` : meta.reportName.en
  const columns = 3
  const cell = (width - 2 * pad) / columns
  // English words run longer than their Chinese: a smaller type keeps each value to two lines.
  const [valueSize, labelSize] = lang === 'zh' ? [44, 22] : [34, 20]
  // Each row of figures as text at offsets from its top, and its height.
  const rows: { parts: string[]; height: number }[] = []
  for (let first = 0; first < headlineFigureIds.length; first += columns) {
    const parts: string[] = []
    let rowHeight = 0
    headlineFigureIds.slice(first, first + columns).forEach((id, i) => {
      const figure = getFigure(report, id)
      const x = pad + i * cell
      let y = 0
      const value = formatQuantity(figure, lang, { mode: 'compact' })
      for (const line of wrapText(value, cell - 28, valueSize)) {
        y += valueSize * 1.15
        parts.push(text(line, x, y, valueSize, colors.primary, true))
      }
      y += 4
      for (const line of wrapText(figureLabel(figure, lang), cell - 28, labelSize)) {
        y += labelSize * 1.35
        parts.push(text(line, x, y, labelSize, colors.ink))
      }
      rowHeight = Math.max(rowHeight, y)
    })
    rows.push({ parts, height: rowHeight })
  }
  const source = wrapText(sourceLine(meta, lang), width - 2 * pad, 19)
  const [top, foot] = [pad + 60, height - 36 - source.length * 26]
  const free = foot - top - rows.reduce((sum, row) => sum + row.height, 0)
  if (free < 0) throw new Error(`the ${lang} headline figures do not fit the preview image`)
  const parts = [text(name, pad, pad + 36, 36, colors.ink, true)]
  let y = top
  for (const row of rows) {
    y += free / (rows.length + 1)
    parts.push(`<g transform="translate(0 ${y.toFixed(1)})">${row.parts.join('')}</g>`)
    y += row.height
  }
  source.forEach((line, i) => {
    parts.push(text(line, pad, height - 36 - (source.length - 1 - i) * 26, 19, colors.subtle))
  })
  return canvas(lang, parts.join(''))
}

/**
 * Draws every preview image from the built downloads' SVGs and the report, writes them to
 * `<dist>/og/` and lists them in the service worker.
 */
export async function writeOgImages(
  dist: string,
  report: Report,
  downloads: readonly BuiltFile[],
): Promise<void> {
  const utf8 = new TextDecoder()
  const svgs = new Map<string, string>()
  for (const lang of langs) svgs.set(ogImageHref(dashboardOgId, lang), dashboardOgSvg(report, lang))
  for (const file of downloads) {
    if (file.kind !== 'svg') continue
    if (file.id === dashboardOgId) throw new Error(`a chart may not be called "${dashboardOgId}"`)
    svgs.set(ogImageHref(file.id, file.lang), chartOgSvg(utf8.decode(file.bytes), file.lang))
  }
  const fonts = await fontsFor([...svgs.values()])
  try {
    const images = await Promise.all(
      [...svgs].map(async ([name, svg]) => {
        const png = await svgToPng(svg, 1, fonts.files)
        if (png.width !== width || png.height !== height)
          throw new Error(`${name} is ${png.width}×${png.height}, not ${width}×${height}`)
        return { name, bytes: png.png }
      }),
    )
    rmSync(resolve(dist, ogDir), { recursive: true, force: true })
    mkdirSync(resolve(dist, ogDir), { recursive: true })
    for (const image of images) writeFileSync(resolve(dist, image.name), image.bytes)
    // Kept for offline use like the downloads' images: once fetched, not as the worker installs
    // (a reader's phone never needs a preview image; a crawler fetches it from the network).
    addToServiceWorker(dist, images, () => false)
    const total = images.reduce((sum, i) => sum + i.bytes.length, 0)
    console.log(`previews: ${images.length} images, ${(total / 1024).toFixed(0)} KB in ${ogDir}/`)
  } finally {
    fonts.remove()
  }
}
