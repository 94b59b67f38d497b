import { useRef, useState, useSyncExternalStore } from 'react'
import type { ReportMeta } from '../data/schema'
import { useMessages } from '../i18n/LangContext'
import { canCopyText, copyText } from './clipboard'

const never = () => () => {}

/**
 * The `引用 / Cite` control: a disclosure with the citation in Chinese and English from
 * report.json, readable without the app; once it runs, each has a copy button where the browser
 * gives pages the clipboard.
 */
export function CiteButton({ meta }: { meta: ReportMeta }) {
  const t = useMessages()
  const copyable = useSyncExternalStore(never, canCopyText, () => false)
  return (
    <details className="cite">
      <summary className="menu-item">{t.cite}</summary>
      <section className="cite-panel" aria-label={t.cite}>
        <Citation label={t.citationZh} text={meta.citation.zh} lang="zh-CN" copyable={copyable} />
        <Citation label={t.citationEn} text={meta.citation.en} lang="en" copyable={copyable} />
      </section>
    </details>
  )
}

function Citation(props: { label: string; text: string; lang: string; copyable: boolean }) {
  const { label, text, lang, copyable } = props
  const t = useMessages()
  const [status, setStatus] = useState('')
  const body = useRef<HTMLParagraphElement>(null)
  const copy = async () => {
    if ((await copyText(text)) === 'copied') return setStatus(t.copied)
    // Refused: select the text so that one key press copies it.
    const node = body.current
    if (node) window.getSelection()?.selectAllChildren(node)
    setStatus(t.copyTextFallback)
  }
  return (
    <div className="cite-item">
      <p className="cite-label">{label}</p>
      <p ref={body} className="cite-text" lang={lang}>
        {text}
      </p>
      {copyable ? (
        <>
          <button type="button" className="button" onClick={copy}>
            {t.copy}
            <span className="visually-hidden"> {label}</span>
          </button>
          <span className="cite-status" role="status">
            {status}
          </span>
        </>
      ) : null}
    </div>
  )
}
