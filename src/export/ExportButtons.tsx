import { type RefObject, useState, useSyncExternalStore } from 'react'
import type { AnyChartSpec } from '../charts/spec'
import { usePrerender } from '../dashboard/drawnWidths'
import type { Report } from '../data/report'
import { useLang, useMessages } from '../i18n/LangContext'
import { useNumberMode } from '../i18n/NumberModeContext'
import type { ChartExport } from './actions'
import { canCopyImage, copyImage } from './clipboard'

type Props = {
  spec: AnyChartSpec
  report: Report
  /** The card's body, which holds the rendered chart. */
  box: RefObject<HTMLElement | null>
  width: number
}

/** The export code loads on the first click, not with the page. */
const loadActions = () => import('./actions')

/** Never changes while the page is open; the prerendered page offers the copy until it knows. */
const noChange = () => () => undefined

/** A card's downloads (CSV, PNG, SVG) and copy-as-image, with a message on how each went. */
export function ExportButtons({ spec, report, box, width }: Props) {
  const lang = useLang()
  const mode = useNumberMode()
  const t = useMessages()
  const [status, setStatus] = useState('')
  // Offered only where the browser can copy an image: elsewhere the PNG download does that job.
  // The prerender (a client render in jsdom, which has no clipboard) offers it, as hydration does.
  const prerender = usePrerender()
  const copyOffered = useSyncExternalStore(
    noChange,
    () => prerender || canCopyImage(),
    () => true,
  )
  const chart = (): ChartExport => ({ spec, report, lang, mode, box: box.current, width })

  const run = (job: (actions: Awaited<ReturnType<typeof loadActions>>) => unknown) => async () => {
    setStatus('')
    try {
      await job(await loadActions())
    } catch (error) {
      setStatus(`${t.exportFailed}${(error as Error).message}`)
    }
  }

  const copy = async () => {
    setStatus(t.preparing)
    const result = await copyImage(async () => (await loadActions()).chartPng(chart()))
    setStatus(
      result === 'copied'
        ? t.imageCopied
        : result === 'unsupported'
          ? t.copyImageUnsupported
          : t.copyImageRefused,
    )
  }

  return (
    <fieldset className="export-buttons">
      <legend className="visually-hidden">{t.exports}</legend>
      <button type="button" className="button" onClick={run((a) => a.downloadChartCsv(chart()))}>
        <span className="visually-hidden">{t.download} </span>CSV
      </button>
      <button type="button" className="button" onClick={run((a) => a.downloadChartPng(chart()))}>
        <span className="visually-hidden">{t.download} </span>PNG
      </button>
      <button type="button" className="button" onClick={run((a) => a.downloadChartSvg(chart()))}>
        <span className="visually-hidden">{t.download} </span>SVG
      </button>
      <button type="button" className="button" onClick={copy} hidden={!copyOffered}>
        {t.copyImage}
      </button>
      <p className="export-status" role="status">
        {status}
      </p>
    </fieldset>
  )
}
