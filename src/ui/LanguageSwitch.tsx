import { useLang } from '../i18n/LangContext'
import { type Lang, langNames, locales } from '../i18n/lang'

/** The page of each edition: both at the root, so every relative address stays the same. */
export const editionFiles: Record<Lang, string> = { zh: 'index.html', en: 'en.html' }

/**
 * A link to the other edition, named in its own language: the prerendered page in that
 * language, with or without the app. The app carries the reader's view along (`?digits=`,
 * `?table=`, `#chart-id`); `?lang=` is the edition's to say.
 */
export function LanguageSwitch() {
  const lang = useLang()
  const other: Lang = lang === 'zh' ? 'en' : 'zh'
  return (
    <a
      className="button language-link"
      href={editionFiles[other]}
      hrefLang={locales[other]}
      lang={locales[other]}
      onClick={(event) => {
        const search = new URLSearchParams(window.location.search)
        search.delete('lang')
        event.currentTarget.search = search.toString()
        event.currentTarget.hash = window.location.hash
      }}
    >
      {langNames[other]}
    </a>
  )
}
