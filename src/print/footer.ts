import { useEffect } from 'react'
import type { ReportMeta } from '../data/schema'
import { formatDate } from '../i18n/format'
import type { Lang } from '../i18n/lang'
import { messages } from '../i18n/messages'
import { cssString } from './printedFooter'

// The footer of every printed page (print.css, `@bottom-left`): the source, the page's address and
// the date printed. The source is known at build; the address and the date only as the page is
// printed, when the boot script adds them (printedFooter.ts) from the attributes written here.

/** `<html>`'s attributes for printing in `lang`, for the prerendered page. */
export function printAttributes(meta: ReportMeta, lang: Lang): Record<string, string> {
  const source = printSource(meta, lang)
  return {
    'data-print-source': source,
    'data-printed-on': messages[lang].printedOn,
    style: `--print-footer: ${cssString(source)}`,
  }
}

/** The same attributes kept in the language shown, when the app switches it without a reload. */
export function usePrintFooter(meta: ReportMeta, lang: Lang): void {
  useEffect(() => {
    const html = document.documentElement
    const source = printSource(meta, lang)
    html.dataset.printSource = source
    html.dataset.printedOn = messages[lang].printedOn
    html.style.setProperty('--print-footer', cssString(source))
  }, [meta, lang])
}

function printSource(meta: ReportMeta, lang: Lang): string {
  const t = messages[lang]
  return `${t.printSource}: ${meta.publisher[lang]}, ${formatDate(meta.published, lang)}`
}
