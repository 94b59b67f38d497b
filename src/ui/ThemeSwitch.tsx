import { usePrerender } from '../dashboard/drawnWidths'
import { useMessages } from '../i18n/LangContext'
import { shownTheme, type Theme } from './theme'

/**
 * Light, dark, or the system's choice (`prefers-color-scheme`), remembered on this device. Plain
 * radio buttons: the boot script (src/boot.ts) shows and stores the choice, with or without the
 * app, and checks the stored one.
 */
export function ThemeSwitch() {
  const t = useMessages()
  const current = usePrerender() ? 'auto' : shownTheme()
  const options: [Theme, string][] = [
    ['auto', t.themeAuto],
    ['light', t.themeLight],
    ['dark', t.themeDark],
  ]
  return (
    <fieldset className="menu-group">
      <legend className="menu-group-label">{t.theme}</legend>
      {options.map(([value, label]) => (
        <label key={value} className="menu-choice">
          <input type="radio" name="theme" value={value} defaultChecked={value === current} />
          {label}
        </label>
      ))}
    </fieldset>
  )
}
