import { createContext, type ReactNode, useContext, useEffect } from 'react'
import { type Lang, locales, parseLang } from './lang'
import { type Messages, messages } from './messages'
import { useSearchParam } from './urlState'

const LangContext = createContext<Lang>('zh')

export function LangProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  return <LangContext value={lang}>{children}</LangContext>
}

/** The reader's language. */
export const useLang = (): Lang => useContext(LangContext)

/** The page texts in the reader's language. */
export const useMessages = (): Messages => messages[useContext(LangContext)]

/**
 * The language in the address (`?lang=en`), following the switch and Back without a reload;
 * `initial` when the address names none (and when rendering without a window).
 */
export function useUrlLang(initial: Lang): Lang {
  // Null, not `initial`, without a window: hydration then finds the same value in an address
  // without ?lang, and React need not render the whole page again once hydrated.
  const value = useSearchParam('lang')
  return value === null ? initial : parseLang(value)
}

/** Keeps `<html lang>`, the document title and the description in the reader's language. */
export function useDocumentLang(lang: Lang): void {
  useEffect(() => {
    const t = messages[lang]
    // Only what differs: even the same `lang` set again makes the browser restyle the page.
    const html = document.documentElement
    if (html.lang !== locales[lang]) html.lang = locales[lang]
    if (document.title !== t.pageTitle) document.title = t.pageTitle
    const description = document.querySelector('meta[name="description"]')
    if (description && description.getAttribute('content') !== t.pageDescription)
      description.setAttribute('content', t.pageDescription)
  }, [lang])
}
