import { numberModes } from '../i18n/format'
import { useLang, useMessages } from '../i18n/LangContext'
import { useNumberMode } from '../i18n/NumberModeContext'
import { setSearchParam } from '../i18n/urlState'
import { editionFiles } from './LanguageSwitch'

/**
 * 万/亿 or every digit (750,000,000), for the whole page: links to `?digits=full` and to the
 * page without it, which work before the app's code; the app changes the page without reloading.
 */
export function DigitsSwitch() {
  const t = useMessages()
  const lang = useLang()
  const mode = useNumberMode()
  const labels = { compact: t.digitsCompact, full: t.digitsFull }
  return (
    <fieldset className="menu-group">
      <legend className="menu-group-label">{t.digits}</legend>
      {numberModes.map((value) => (
        <a
          key={value}
          className="menu-choice"
          href={value === 'full' ? '?digits=full' : editionFiles[lang]}
          aria-current={mode === value ? 'true' : undefined}
          onClick={(event) => {
            event.preventDefault()
            setSearchParam('digits', value === 'full' ? value : null)
          }}
        >
          {labels[value]}
        </a>
      ))}
    </fieldset>
  )
}
