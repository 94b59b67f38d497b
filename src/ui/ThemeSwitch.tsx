import { useEffect, useRef, useState } from 'react'
import { useMessages } from '../i18n/LangContext'

type Theme = 'auto' | 'light' | 'dark'

/**
 * The choice is kept in a cookie, not localStorage, whose first touch blocked the page for tens
 * of milliseconds as it became interactive. It is read with the Cookie Store API, which does not
 * block at all (document.cookie is a synchronous trip to the browser's cookie store: ~8 ms at
 * load); where that API is missing (older Safari and Firefox, plain http), from document.cookie.
 */
async function storedTheme(): Promise<Theme> {
  try {
    const value =
      'cookieStore' in window
        ? (await cookieStore.get('theme'))?.value
        : /(?:^|;\s*)theme=(light|dark)(?:;|$)/.exec(document.cookie)?.[1]
    return value === 'light' || value === 'dark' ? value : 'auto'
  } catch {
    return 'auto'
  }
}

function storeTheme(theme: Theme) {
  // No Path: the cookie belongs to the page's folder, which both editions (/, en.html) share.
  const scope = 'SameSite=Lax'
  try {
    // biome-ignore lint/suspicious/noDocumentCookie: one fixed word; cookieStore is missing from older Safari
    document.cookie =
      theme === 'auto'
        ? `theme=; Max-Age=0; ${scope}`
        : `theme=${theme}; Max-Age=31536000; ${scope}`
  } catch {
    // A sandboxed page may refuse cookies; the choice then lasts for this visit.
  }
}

/** Light, dark, or the system's choice (`prefers-color-scheme`); remembered on this device. */
export function ThemeSwitch() {
  const t = useMessages()
  const [theme, setTheme] = useState<Theme>('auto')
  const chosen = useRef(false)
  useEffect(() => {
    // A choice made before the stored one arrives wins.
    storedTheme().then((stored) => chosen.current || setTheme(stored))
  }, [])
  useEffect(() => {
    if (theme === 'auto') delete document.documentElement.dataset.theme
    else document.documentElement.dataset.theme = theme
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
