import { useState, useSyncExternalStore } from 'react'
import type { AnyChartSpec } from '../charts/spec'
import { usePrerender } from '../dashboard/drawnWidths'
import { embedHref, embedSnippet } from '../embed/embedCode'
import { useLang, useMessages } from '../i18n/LangContext'
import { Menu } from '../ui/Menu'
import { canCopyImage, canCopyText, copyImage, copyText } from './clipboard'
import { downloadFileName, downloadHref } from './downloadFiles'

const never = () => () => {}
const isRunning = () => true
const notRunning = () => false

/**
 * What this browser's clipboard can take; nothing before the app runs (the prerendered page, and
 * the first render of hydration), so that no copy control shows that could not work.
 */
function useClipboard() {
  const image = useSyncExternalStore(never, canCopyImage, () => false)
  const text = useSyncExternalStore(never, canCopyText, () => false)
  return { image, text }
}

/**
 * A card's 下载与分享 menu: its CSV, PNG and SVG, files the build wrote, behind plain links; and,
 * where the clipboard allows, copying the PNG and the card's address. 嵌入 / Embed copies the
 * snippet that frames the chart's embed page, or shows it to copy by hand where the clipboard
 * refuses; before the app runs it links the embed page.
 */
export function DownloadMenu({ spec }: { spec: AnyChartSpec }) {
  const lang = useLang()
  const t = useMessages()
  const clipboard = useClipboard()
  // The embed code is made from the page's address: once the app runs, not in the build's page
  // (a client render in jsdom, where the store says it runs) nor as it hydrates.
  const prerender = usePrerender()
  const running = useSyncExternalStore(never, isRunning, notRunning) && !prerender
  const [status, setStatus] = useState('')
  const png = downloadHref(spec.id, lang, 'png')

  const copyPng = async () => {
    setStatus(t.preparing)
    const result = await copyImage(async () => {
      const response = await fetch(png)
      if (!response.ok) throw new Error(`${png}: ${response.status}`)
      return new Blob([await response.blob()], { type: 'image/png' })
    })
    setStatus(result === 'copied' ? t.imageCopied : t.copyImageRefused)
  }
  const copyLink = async () => {
    const { origin, pathname, search } = window.location
    const result = await copyText(`${origin}${pathname}${search}#${spec.id}`)
    setStatus(result === 'copied' ? t.linkCopied : t.copyLinkRefused)
  }
  const [embedCode, setEmbedCode] = useState<string | null>(null)
  const copyEmbedCode = async () => {
    const code = embedSnippet({
      page: window.location.href,
      id: spec.id,
      lang,
      title: spec.title[lang],
      aspect: spec.aspect,
    })
    const copied = (await copyText(code)) === 'copied'
    setEmbedCode(copied ? null : code)
    setStatus(copied ? t.embedCopied : t.copyTextFallback)
  }

  return (
    <Menu label={t.exports} className="download-menu">
      <ul className="menu-items">
        {(['csv', 'png', 'svg'] as const).map((kind) => (
          <li key={kind}>
            <a
              className="menu-item"
              href={downloadHref(spec.id, lang, kind)}
              download={downloadFileName(spec.id, lang, kind)}
              type={mediaTypes[kind]}
            >
              <span className="visually-hidden">{t.download} </span>
              {kind.toUpperCase()}
            </a>
          </li>
        ))}
        {clipboard.image ? (
          <li>
            <button type="button" className="menu-item" onClick={copyPng}>
              {t.copyImage}
            </button>
          </li>
        ) : null}
        {clipboard.text ? (
          <li>
            <button type="button" className="menu-item" onClick={copyLink}>
              {t.copyLink}
            </button>
          </li>
        ) : null}
        <li>
          {running ? (
            <button type="button" className="menu-item" onClick={copyEmbedCode}>
              {t.embed}
            </button>
          ) : (
            <a className="menu-item" href={embedHref(spec.id, lang)}>
              {t.embedPage}
            </a>
          )}
        </li>
      </ul>
      {embedCode !== null ? (
        <label className="embed-code">
          {t.embedCode}
          <textarea ref={selectShown} readOnly rows={6} value={embedCode} />
        </label>
      ) : null}
      <p className="export-status" role="status">
        {status}
      </p>
    </Menu>
  )
}

/** Shown because the clipboard refused: selected, so that one key press copies it. */
const selectShown = (field: HTMLTextAreaElement | null) => field?.select()

const mediaTypes = { csv: 'text/csv', png: 'image/png', svg: 'image/svg+xml' } as const
