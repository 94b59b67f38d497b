import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { ThemeSwitch } from '../../src/ui/ThemeSwitch'
import { startThemeSwitch } from '../../src/ui/theme'

// jsdom has no Cookie Store API: these run the document.cookie path (Chromium's runs in the
// browser test of the theme kept across a reload). The switch is the boot script's: these start
// it, as the page does, around the radio buttons the app renders.
const checked = () =>
  screen
    .getAllByRole('radio')
    .filter((radio) => (radio as HTMLInputElement).checked)
    .map((radio) => radio.closest('label')?.textContent)

function renderSwitch() {
  const { container } = render(<ThemeSwitch />)
  startThemeSwitch(container)
}

afterEach(() => {
  // biome-ignore lint/suspicious/noDocumentCookie: clearing the one cookie the switch writes
  document.cookie = 'theme=; Max-Age=0'
  delete document.documentElement.dataset.theme
})

describe('the theme switch', () => {
  it('opens in the theme stored in the cookie', async () => {
    // biome-ignore lint/suspicious/noDocumentCookie: a choice made on an earlier visit
    document.cookie = 'theme=dark'
    renderSwitch()
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'))
    expect(checked()).toEqual(['深色'])
  })

  it('follows the system without a stored choice, and stores one when chosen', async () => {
    renderSwitch()
    expect(checked()).toEqual(['跟随系统'])
    await userEvent.click(screen.getByRole('radio', { name: '浅色' }))
    expect(document.documentElement.dataset.theme).toBe('light')
    expect(document.cookie).toContain('theme=light')
    await userEvent.click(screen.getByRole('radio', { name: '跟随系统' }))
    expect(document.documentElement.dataset.theme).toBeUndefined()
    expect(document.cookie).not.toContain('theme=')
  })

  it('a choice made before the stored one is read wins', async () => {
    // biome-ignore lint/suspicious/noDocumentCookie: a choice made on an earlier visit
    document.cookie = 'theme=dark'
    renderSwitch()
    // The click lands in the same task as the start, before the stored value's promise settles.
    screen.getByRole('radio', { name: '浅色' }).click()
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(document.documentElement.dataset.theme).toBe('light')
    expect(checked()).toEqual(['浅色'])
  })
})
