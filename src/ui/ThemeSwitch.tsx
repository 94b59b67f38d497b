import { useEffect, useRef, useState } from 'react'
import { useMessages } from '../i18n/LangContext'
import { applyTheme, storedTheme, storeTheme, type Theme } from './theme'

/** Light, dark, or the system's choice (`prefers-color-scheme`); remembered on this device. */
export function ThemeSwitch() {
  const t = useMessages()
  const [theme, setTheme] = useState<Theme>('auto')
  const chosen = useRef(false)
  useEffect(() => {
    // A choice made before the stored one arrives wins.
    storedTheme().then((stored) => chosen.current || setTheme(stored))
  }, [])
  useEffect(() => applyTheme(theme), [theme])
  const options: [Theme, string][] = [
    ['auto', t.themeAuto],
    ['light', t.themeLight],
    ['dark', t.themeDark],
  ]
  return (
    <fieldset className="segmented" aria-label={t.theme}>
      <legend className="visually-hidden">{t.theme}</legend>
      {options.map(([value, label]) => (
        <button
          key={value}
          type="button"
          className="button"
          aria-pressed={theme === value}
          onClick={() => {
            chosen.current = true
            setTheme(value)
            storeTheme(value)
          }}
        >
          {label}
        </button>
      ))}
    </fieldset>
  )
}
