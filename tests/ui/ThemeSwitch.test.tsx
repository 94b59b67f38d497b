import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { ThemeSwitch } from '../../src/ui/ThemeSwitch'

// jsdom has no Cookie Store API: these run the document.cookie path (Chromium's runs in the
// browser test of the theme kept across a reload).
const pressed = () =>
  screen.getAllByRole('button').filter((button) => button.getAttribute('aria-pressed') === 'true')

afterEach(() => {
  // biome-ignore lint/suspicious/noDocumentCookie: clearing the one cookie the switch writes
  document.cookie = 'theme=; Max-Age=0'
  delete document.documentElement.dataset.theme
})

describe('ThemeSwitch', () => {
  it('opens in the theme stored in the cookie', async () => {
    // biome-ignore lint/suspicious/noDocumentCookie: a choice made on an earlier visit
    document.cookie = 'theme=dark'
    render(<ThemeSwitch />)
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'))
    expect(pressed().map((button) => button.textContent)).toEqual(['深色'])
  })

  it('follows the system without a stored choice, and stores one when chosen', async () => {
    render(<ThemeSwitch />)
    expect(pressed().map((button) => button.textContent)).toEqual(['跟随系统'])
    await userEvent.click(screen.getByRole('button', { name: '浅色' }))
    expect(document.documentElement.dataset.theme).toBe('light')
    expect(document.cookie).toContain('theme=light')
    await userEvent.click(screen.getByRole('button', { name: '跟随系统' }))
    expect(document.documentElement.dataset.theme).toBeUndefined()
    expect(document.cookie).not.toContain('theme=')
  })

  it('a choice made before the stored one is read wins', async () => {
    // biome-ignore lint/suspicious/noDocumentCookie: a choice made on an earlier visit
    document.cookie = 'theme=dark'
    render(<ThemeSwitch />)
    // The click lands in the same task as the render, before the stored value's promise settles.
    screen.getByRole('button', { name: '浅色' }).click()
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(document.documentElement.dataset.theme).toBe('light')
    expect(pressed().map((button) => button.textContent)).toEqual(['浅色'])
  })
})
