import { useState, useSyncExternalStore } from 'react'
import type { AnyChartSpec } from '../charts/spec'
import { useLang, useMessages } from '../i18n/LangContext'
import { Menu } from '../ui/Menu'
import { canCopyImage, canCopyText, copyImage, copyText } from './clipboard'
import { downloadFileName, downloadHref } from './downloadFiles'

const never = () => () => {}

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
 * where the clipboard allows, copying the PNG and the card's address.
 */
export function DownloadMenu({ spec }: { spec: AnyChartSpec }) {
  const lang = useLang()
  const t = useMessages()
  const clipboard = useClipboard()
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
      </ul>
      <p className="export-status" role="status">
        {status}
      </p>
    </Menu>
  )
}

const mediaTypes = { csv: 'text/csv', png: 'image/png', svg: 'image/svg+xml' } as const
