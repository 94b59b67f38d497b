import type { Lang } from '../i18n/lang'
import { langs } from '../i18n/lang'

/** What a download holds: the rows as CSV, or the chart as a standalone SVG or a PNG. */
export type DownloadKind = 'csv' | 'svg' | 'png'

/**
 * The folder of `dist/` that the build writes every download into. Not `data/`: that holds the
 * source files, which the service worker asks the network for first; downloads are built files.
 */
export const downloadsDir = 'downloads'

/** The base of every exported file name: ASCII, so it survives every mail client and OS. */
export const fileStem = 'wechat-social-security-2021'

/** The id of the all-data CSV, in place of a chart id: every figure, its sentence and source. */
export const allDataId = 'all'

/** Images are drawn in the reader's language; a CSV holds the same cells in both. */
const perLanguage: Record<DownloadKind, boolean> = { csv: false, svg: true, png: true }

/** A file's name: `wechat-social-security-2021-<id>.csv`, `…-<id>-<lang>.svg` / `.png`. */
export function downloadFileName(id: typeof allDataId, lang: Lang, kind: 'csv'): string
export function downloadFileName(id: string, lang: Lang, kind: DownloadKind): string
export function downloadFileName(id: string, lang: Lang, kind: DownloadKind): string {
  return perLanguage[kind] ? `${fileStem}-${id}-${lang}.${kind}` : `${fileStem}-${id}.${kind}`
}

/** Where the page links a file, relative to index.html and en.html (both at the root). */
export function downloadHref(id: typeof allDataId, lang: Lang, kind: 'csv'): string
export function downloadHref(id: string, lang: Lang, kind: DownloadKind): string
export function downloadHref(id: string, lang: Lang, kind: DownloadKind): string {
  return `${downloadsDir}/${downloadFileName(id, lang, kind)}`
}

/** One file the build writes: which chart (or `all`), language and kind, and its name. */
export type DownloadFile = { id: string; lang: Lang; kind: DownloadKind; name: string }

/**
 * Every file the build writes for these charts, each name once: the all-data CSV, then per
 * chart its CSV and, per language, its SVG and PNG. A file the same in both languages is listed
 * under the first (`zh`).
 */
export function downloadFiles(chartIds: readonly string[]): DownloadFile[] {
  if (chartIds.includes(allDataId))
    throw new Error(`a chart may not be called "${allDataId}": that is the all-data file`)
  const files = new Map<string, DownloadFile>()
  const add = (id: string, lang: Lang, kind: DownloadKind) => {
    const name = downloadFileName(id, lang, kind)
    if (!files.has(name)) files.set(name, { id, lang, kind, name })
  }
  for (const lang of langs) add(allDataId, lang, 'csv')
  for (const id of chartIds)
    for (const kind of ['csv', 'svg', 'png'] as const) for (const lang of langs) add(id, lang, kind)
  return [...files.values()]
}
