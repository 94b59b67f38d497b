import { useLang, useMessages } from '../i18n/LangContext'
import { langNames, langs, locales } from '../i18n/lang'
import { setSearchParam } from '../i18n/urlState'

/**
 * 中文 / English, each named in its own language. The choice goes into the address (`?lang=en`),
 * so it survives a reload and travels with a shared link; the page changes without reloading.
 */
export function LanguageSwitch() {
  const lang = useLang()
  const t = useMessages()
  return (
    <fieldset className="segmented" aria-label={t.language}>
      <legend className="visually-hidden">{t.language}</legend>
      {langs.map((value) => (
        <button
          key={value}
          type="button"
          className="button"
          lang={locales[value]}
          aria-pressed={lang === value}
          onClick={() => setSearchParam('lang', value)}
        >
          {langNames[value]}
        </button>
      ))}
    </fieldset>
  )
}
