import { numberModes } from '../i18n/format'
import { useMessages } from '../i18n/LangContext'
import { useNumberMode } from '../i18n/NumberModeContext'
import { setSearchParam } from '../i18n/urlState'

/** 万/亿 or every digit (750,000,000), for the whole page; kept in the address as `?digits=full`. */
export function DigitsSwitch() {
  const t = useMessages()
  const mode = useNumberMode()
  const labels = { compact: t.digitsCompact, full: t.digitsFull }
  return (
    <fieldset className="segmented" aria-label={t.digits}>
      <legend className="visually-hidden">{t.digits}</legend>
      {numberModes.map((value) => (
        <button
          key={value}
          type="button"
          className="button"
          aria-pressed={mode === value}
          onClick={() => setSearchParam('digits', value === 'full' ? value : null)}
        >
          {labels[value]}
        </button>
      ))}
    </fieldset>
  )
}
