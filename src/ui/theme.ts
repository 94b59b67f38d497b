/** Light, dark, or the system's choice (`prefers-color-scheme`). */
export type Theme = 'auto' | 'light' | 'dark'

/**
 * The choice is kept in a cookie, not localStorage, whose first touch blocked the page for tens
 * of milliseconds as it became interactive. It is read with the Cookie Store API, which does not
 * block at all (document.cookie is a synchronous trip to the browser's cookie store: ~8 ms at
 * load); where that API is missing (older Safari and Firefox, plain http), from document.cookie.
 */
export async function storedTheme(): Promise<Theme> {
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

export function storeTheme(theme: Theme) {
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

/** Shows the page in `theme`: the stylesheet reads `<html data-theme>`. */
export function applyTheme(theme: Theme) {
  if (theme === 'auto') delete document.documentElement.dataset.theme
  else document.documentElement.dataset.theme = theme
}

/** The theme the page shows now. */
export function shownTheme(): Theme {
  const theme = document.documentElement.dataset.theme
  return theme === 'light' || theme === 'dark' ? theme : 'auto'
}

const isTheme = (value: string): value is Theme =>
  value === 'auto' || value === 'light' || value === 'dark'

/**
 * The theme switch's behaviour, run by the boot script so that it works before (and without) the
 * app: the stored theme is shown and its radio button checked; a choice shows and is stored. A
 * choice made before the stored one is read wins.
 */
export function startThemeSwitch(page: ParentNode & EventTarget): void {
  let chosen = false
  page.addEventListener('change', (event) => {
    const input = event.target
    if (!(input instanceof HTMLInputElement) || input.name !== 'theme' || !isTheme(input.value))
      return
    chosen = true
    applyTheme(input.value)
    storeTheme(input.value)
  })
  void storedTheme().then((theme) => {
    if (chosen) return
    applyTheme(theme)
    const input = page.querySelector<HTMLInputElement>(`input[name="theme"][value="${theme}"]`)
    if (input) input.checked = true
  })
}
