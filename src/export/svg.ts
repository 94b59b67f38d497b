import { fontFamily, palette, resolveColors } from '../charts/kit/palette'
import { wrapText } from '../charts/kit/text'
import type { ReportMeta } from '../data/schema'
import type { Lang } from '../i18n/lang'

/** One `<svg>` of a rendered chart, serialized, and where it sits in the chart's box. */
export type Panel = { markup: string; x: number; y: number; width: number; height: number }

/** What a standalone chart image holds, top to bottom. */
export type ChartImage = {
  title: string
  caption: string
  /** The chart's legend as the card draws it (kit/Legend), or null. */
  legend: Panel | null
  panels: readonly Panel[]
  /** Footnotes under the chart: how derived values were worked out. */
  notes?: readonly string[]
  /** The source line, then the link. */
  source: readonly string[]
  lang: Lang
}

const svgNs = 'http://www.w3.org/2000/svg'
const pad = 24
const titleSize = 20
const captionSize = 14
const sourceSize = 12
const minWidth = 480

/** 来源：《报告名》，发布者 2022-03-18, from report.json: exports never hard-code the source. */
export function sourceLine(meta: ReportMeta, lang: Lang): string {
  const date = meta.published.slice(0, 10)
  return lang === 'zh'
    ? `来源：《${meta.reportName.zh}》，${meta.publisher.zh} ${date}`
    : `Source: “${meta.reportName.en}”, ${meta.publisher.en}, ${date}`
}

/**
 * The top-level `<svg>` elements inside a chart's box with their offsets in it. A chart may stack
 * several panels; where the box has no layout (jsdom) the panels are stacked by their sizes.
 */
export function collectPanels(box: Element): Panel[] {
  const svgs = [...box.querySelectorAll('svg')].filter((s) => !s.parentElement?.closest('svg'))
  return placePanels(box, svgs)
}

/** The chart's panels and its legend (kit/Legend's `svg.chart-legend`), apart. */
export function collectDrawing(box: Element): { panels: Panel[]; legend: Panel | null } {
  const svgs = [...box.querySelectorAll('svg')].filter((s) => !s.parentElement?.closest('svg'))
  const legend = svgs.find((s) => s.classList.contains('chart-legend'))
  const chartSvgs = svgs.filter((s) => s !== legend)
  const [legendPanel] = legend ? placePanels(legend, [legend]) : []
  return { panels: placePanels(box, chartSvgs), legend: legendPanel ?? null }
}

function placePanels(box: Element, svgs: SVGSVGElement[]): Panel[] {
  const origin = box.getBoundingClientRect()
  const serializer = new XMLSerializer()
  let stackedY = 0
  return svgs.map((svg) => {
    const rect = svg.getBoundingClientRect()
    const laidOut = rect.width > 0 && rect.height > 0
    const width = laidOut ? rect.width : Number(svg.getAttribute('width')) || 0
    const height = laidOut ? rect.height : Number(svg.getAttribute('height')) || 0
    const x = laidOut ? rect.left - origin.left : 0
    const y = laidOut ? rect.top - origin.top : stackedY
    stackedY = y + height
    const copy = svg.cloneNode(true) as SVGSVGElement
    // Page CSS (width: 100%) would stretch a nested <svg>; its place is in the attributes.
    copy.removeAttribute('style')
    copy.removeAttribute('class')
    copy.setAttribute('x', fmt(x))
    copy.setAttribute('y', fmt(y))
    copy.setAttribute('width', fmt(width))
    copy.setAttribute('height', fmt(height))
    return { markup: serializer.serializeToString(copy), x, y, width, height }
  })
}

/**
 * A complete standalone SVG: white background, title, claim (with its qualifiers), legend,
 * the chart's panels, source line. Colours are resolved: no CSS variable is left.
 */
export function buildChartSvg(image: ChartImage): { svg: string; width: number; height: number } {
  const chartWidth = Math.max(0, ...image.panels.map((p) => p.x + p.width))
  const chartHeight = Math.max(0, ...image.panels.map((p) => p.y + p.height))
  const width = Math.ceil(Math.max(minWidth, chartWidth + 2 * pad))
  const inner = width - 2 * pad
  const parts: string[] = []
  let y = pad

  for (const line of wrapText(image.title, inner, titleSize)) {
    y += titleSize * 1.3
    parts.push(text(line, pad, y, titleSize, palette.ink, 'font-weight="700"'))
  }
  y += 4
  for (const line of wrapText(image.caption, inner, captionSize)) {
    y += captionSize * 1.45
    parts.push(text(line, pad, y, captionSize, palette.subtle))
  }

  y += 10
  if (image.legend) {
    parts.push(`<g transform="translate(${pad} ${fmt(y)})">${image.legend.markup}</g>`)
    y += image.legend.height + 12
  }

  parts.push(
    `<g transform="translate(${pad} ${fmt(y)})">${image.panels.map((p) => p.markup).join('')}</g>`,
  )
  y += chartHeight + 8

  for (const note of image.notes ?? []) {
    for (const part of wrapText(note, inner, sourceSize)) {
      y += sourceSize * 1.5
      parts.push(text(part, pad, y, sourceSize, palette.subtle))
    }
  }
  if (image.notes?.length) y += 6
  for (const [i, line] of image.source.entries()) {
    for (const part of wrapText(line, inner, sourceSize)) {
      y += sourceSize * 1.5
      parts.push(text(part, pad, y, sourceSize, i === 0 ? palette.ink : palette.subtle))
    }
  }
  const height = Math.ceil(y + pad)

  const svg = resolveAllColors(
    `<svg xmlns="${svgNs}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${attr(fontFamily)}" lang="${image.lang === 'zh' ? 'zh-CN' : 'en'}">` +
      `<title>${esc(image.title)}</title>` +
      `<rect width="${width}" height="${height}" fill="#ffffff"/>` +
      parts.join('') +
      '</svg>',
  )
  return { svg, width, height }
}

/** Resolves palette variables to their light-theme colours, then any other `var(--x, y)` to y. */
export function resolveAllColors(svg: string): string {
  let out = resolveColors(svg)
  for (let pass = 0; pass < 4 && out.includes('var(--'); pass++) {
    out = out.replace(/var\(--[\w-]+,\s*([^()]*(?:\([^()]*\)[^()]*)*)\)/g, '$1')
  }
  const left = /var\(--[\w-]+\)/.exec(out)
  if (left) throw new Error(`the chart uses ${left[0]} without a fallback colour`)
  return out
}

function text(content: string, x: number, y: number, size: number, fill: string, extra = '') {
  return `<text x="${fmt(x)}" y="${fmt(y)}" font-size="${size}" fill="${attr(fill)}" ${extra}>${esc(content)}</text>`
}

const fmt = (n: number) => String(Math.round(n * 100) / 100)

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

function attr(s: string): string {
  return esc(s).replace(/"/g, '&quot;')
}
