// Build step, run by scripts/prerender.ts after the pages, inside its jsdom page: writes every
// download into dist/downloads/ under the names of src/export/downloadFiles.ts, the module the
// page's links use too. The bytes come from the browser's own export code (src/export/):
// CSV from csv.ts, SVG from the chart drawn by its real component at the wide card width
// (actions.tsx, surface 'export'), PNG from that SVG through resvg at pngScale.
// Import this module once a DOM is in place (React DOM looks for one as it loads).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { charts } from '../src/charts/registry.ts'
import { drawnWidths } from '../src/dashboard/drawnWidths.ts'
import type { Report } from '../src/data/report.ts'
import { chartSvg } from '../src/export/actions.tsx'
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
import { svgToPng } from './rasterize.ts'
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
  // The PNG is drawn from the SVG of the same chart and language: build each SVG once, one
  // after the other (each is drawn off screen in the one page, and waits for its marks).
  const svgs = new Map<string, Promise<{ svg: string; width: number; height: number }>>()
  let drawn: Promise<unknown> = Promise.resolve()
  const svgOf = (id: string, lang: Lang) => {
    const key = `${id} ${lang}`
    let built = svgs.get(key)
    if (!built) {
      const draw = () =>
        chartSvg({
          spec: specOf(id),
          report,
          lang,
          mode: 'compact',
          box: null,
          width: drawnWidths.wide,
        })
      built = drawn.then(draw).then((image) => {
        // The off-screen drawing waits a moment for the chart's marks; fail rather than ship a
        // picture without them.
        if (!/data-(figure|region)=/.test(image.svg))
          throw new Error(`the ${lang} SVG of ${id} has no marks: the chart did not draw`)
        return image
      })
      svgs.set(key, built)
      drawn = built.catch(() => {})
    }
    return built
  }

  // Each chart's SVGs draw in turn (one page); its PNGs then rasterize off the main thread while
  // the next chart draws.
  const built = downloadFiles(charts.map((c) => c.id)).map(async (file): Promise<BuiltFile> => {
    const { id, lang, kind } = file
    if (kind === 'csv') {
      const csv = id === allDataId ? allDataCsv(report) : chartCsv(specOf(id), report)
      return { ...file, bytes: utf8.encode(csv) }
    }
    const { svg, width } = await svgOf(id, lang)
    if (kind === 'svg') return { ...file, bytes: utf8.encode(svg) }
    return { ...file, bytes: (await svgToPng(svg, pngScale(width))).png }
  })
  return Promise.all(built)
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
  )
  const total = files.reduce((sum, f) => sum + f.bytes.length, 0)
  console.log(
    `downloads: ${files.length} files, ${(total / 1024).toFixed(0)} KB in ${downloadsDir}/, ` +
      `${((performance.now() - started) / 1000).toFixed(1)} s`,
  )
  return files
}
