import { useEffect, useRef, useState } from 'react'
import type { ReportMeta } from '../data/schema'
import { useMessages } from '../i18n/LangContext'
import { copyText } from './clipboard'

/** The `引用 / Cite` control: the citation in Chinese and English from report.json, each copyable. */
export function CiteButton({ meta }: { meta: ReportMeta }) {
  const t = useMessages()
  const [open, setOpen] = useState(false)
  // A fixed id, not useId(): the page is prerendered by a client render, whose ids differ.
  const panelId = 'cite-panel'
  const button = useRef<HTMLButtonElement>(null)
  const wrapper = useRef<HTMLDivElement>(null)

  // A click anywhere else closes the panel, as it would close a menu.
  useEffect(() => {
    if (!open) return
    const close = (event: PointerEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) setOpen(false)
    }
    document.addEventListener('pointerdown', close)
    return () => document.removeEventListener('pointerdown', close)
  }, [open])

  return (
    <div ref={wrapper} className="cite">
      <button
        ref={button}
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        {t.cite}
      </button>
      {open ? (
        <section
          id={panelId}
          className="cite-panel"
          aria-label={t.cite}
          onKeyDown={(event) => {
            if (event.key !== 'Escape') return
            setOpen(false)
            button.current?.focus()
          }}
        >
          <Citation label={t.citationZh} text={meta.citation.zh} lang="zh-CN" />
          <Citation label={t.citationEn} text={meta.citation.en} lang="en" />
        </section>
      ) : null}
    </div>
  )
}

function Citation({ label, text, lang }: { label: string; text: string; lang: string }) {
  const t = useMessages()
  const [status, setStatus] = useState('')
  const body = useRef<HTMLParagraphElement>(null)
  const copy = async () => {
    const result = await copyText(text)
    if (result === 'copied') return setStatus(t.copied)
    // No clipboard: select the text so that one key press copies it.
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
      <button type="button" className="button" onClick={copy}>
        {t.copy}
        <span className="visually-hidden"> {label}</span>
      </button>
      <span className="cite-status" role="status">
        {status}
      </span>
    </div>
  )
}
