import { useEffect, useState } from 'react'
import { useMessages } from '../i18n/LangContext'

type Theme = 'auto' | 'light' | 'dark'
const storageKey = 'theme'

function storedTheme(): Theme {
  try {
    const value = localStorage.getItem(storageKey)
    return value === 'light' || value === 'dark' ? value : 'auto'
  } catch {
    return 'auto'
  }
}

/** Light, dark, or the system's choice (`prefers-color-scheme`); remembered on this device. */
export function ThemeSwitch() {
  const t = useMessages()
  const [theme, setTheme] = useState<Theme>('auto')
  useEffect(() => setTheme(storedTheme()), [])
  useEffect(() => {
    if (theme === 'auto') delete document.documentElement.dataset.theme
    else document.documentElement.dataset.theme = theme
    try {
      localStorage.setItem(storageKey, theme)
    } catch {
      // Private windows may refuse storage; the choice then lasts for this visit.
    }
  }, [theme])
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
          onClick={() => setTheme(value)}
        >
          {label}
        </button>
      ))}
    </fieldset>
  )
}
