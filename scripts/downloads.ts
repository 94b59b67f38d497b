// Build step, run by scripts/prerender.ts after the pages, inside its jsdom page: writes every
// download into dist/downloads/ under the names of src/export/downloadFiles.ts, the module the
// page's links use too. The bytes come from src/export/: CSV from csv.ts, SVG from the chart
// drawn by its real component at the wide card width (chartSvg.tsx, surface 'export'), PNG from
// that SVG through resvg at pngScale.
// Import this module once a DOM is in place (React DOM looks for one as it loads).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { charts } from '../src/charts/registry.ts'
import { drawnWidths } from '../src/dashboard/drawnWidths.ts'
import type { Report } from '../src/data/report.ts'
import { chartSvg } from '../src/export/chartSvg.tsx'
import { allDataCsv, chartCsv } from '../src/export/csv.ts'
import {
  allDataId,
  type DownloadFile,
  downloadFiles,
  downloadHref,
  downloadsDir,
} from '../src/export/downloadFiles.ts'
import { pngScale } from '../src/export/png.ts'
import type { Lang } from '../src/i18n/lang.ts'
import { fontsFor, svgToPng } from './rasterize.ts'
import { addToServiceWorker } from './serviceWorker.ts'

/** A download and its bytes. */
export type BuiltFile = DownloadFile & { bytes: Uint8Array }

const utf8 = new TextEncoder()

/** Every file of `downloadFiles`, in its order, built from the report. */
export async function buildDownloads(report: Report): Promise<BuiltFile[]> {
  const specOf = (id: string) => {
    const spec = charts.find((c) => c.id === id)
    if (!spec) throw new Error(`no chart ${id}`)
    return spec
  }
  const manifest = downloadFiles(charts.map((c) => c.id))
  // Each SVG is drawn off screen in the one page, waiting for its chart's marks: one at a time.
  const svgs = new Map<string, { svg: string; width: number }>()
  for (const { id, lang, kind } of manifest) {
    if (kind !== 'svg') continue
    const { svg, width } = await chartSvg({
      spec: specOf(id),
      report,
      lang,
      mode: 'compact',
      width: drawnWidths.wide,
    })
    // Fail rather than ship a picture without its chart.
    if (!/data-(figure|region)=/.test(svg))
      throw new Error(`the ${lang} SVG of ${id} has no marks: the chart did not draw`)
    svgs.set(`${id} ${lang}`, { svg, width })
  }
  const svgOf = (id: string, lang: Lang) => {
    const drawn = svgs.get(`${id} ${lang}`)
    if (!drawn) throw new Error(`no SVG of ${id} in ${lang}`)
    return drawn
  }

  // Each PNG is drawn from the SVG of the same chart and language, with the font cut to them.
  const fonts = await fontsFor([...svgs.values()].map((s) => s.svg))
  try {
    return await Promise.all(
      manifest.map(async (file): Promise<BuiltFile> => {
        const { id, lang, kind } = file
        if (kind === 'csv') {
          const csv = id === allDataId ? allDataCsv(report) : chartCsv(specOf(id), report)
          return { ...file, bytes: utf8.encode(csv) }
        }
        const { svg, width } = svgOf(id, lang)
        if (kind === 'svg') return { ...file, bytes: utf8.encode(svg) }
        return { ...file, bytes: (await svgToPng(svg, pngScale(width), fonts.files)).png }
      }),
    )
  } finally {
    fonts.remove()
  }
}

/**
 * Builds every download, writes it to `<dist>/downloads/` (replacing what was there) and lists it
 * in the service worker, whose version then changes with any of its bytes.
 */
export async function writeDownloads(dist: string, report: Report): Promise<BuiltFile[]> {
  const started = performance.now()
  const files = await buildDownloads(report)
  const dir = resolve(dist, downloadsDir)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  for (const file of files) writeFileSync(resolve(dir, file.name), file.bytes)
  addToServiceWorker(
    dist,
    files.map((f) => ({ name: downloadHref(f.id, f.lang, f.kind), bytes: f.bytes })),
    // The CSVs (30 KB) as the worker installs; the images (2 MB) once a reader first opens each,
    // not over a phone's data on the first visit. Their bytes still make the worker's version.
    (name) => name.endsWith('.csv'),
  )
  const total = files.reduce((sum, f) => sum + f.bytes.length, 0)
  console.log(
    `downloads: ${files.length} files, ${(total / 1024).toFixed(0)} KB in ${downloadsDir}/, ` +
      `${((performance.now() - started) / 1000).toFixed(1)} s`,
  )
  return files
}
