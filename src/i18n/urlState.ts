import { useSyncExternalStore } from 'react'

/** Fired when the page itself changes the address with `setSearchParam`. */
const changeEvent = 'searchparamchange'

function subscribe(onChange: () => void) {
  window.addEventListener('popstate', onChange)
  window.addEventListener(changeEvent, onChange)
  return () => {
    window.removeEventListener('popstate', onChange)
    window.removeEventListener(changeEvent, onChange)
  }
}

/**
 * One query parameter of the page's address, kept in step with Back and Forward and with
 * `setSearchParam`; `serverValue` when there is no window (prerender, tests of the server path).
 */
export function useSearchParam(name: string, serverValue: string | null = null): string | null {
  return useSyncExternalStore(
    subscribe,
    () => new URLSearchParams(window.location.search).get(name),
    () => serverValue,
  )
}

/** The address with one query parameter set (or removed, with null); the others and the hash kept. */
export function withSearchParam(href: string, name: string, value: string | null): string {
  const url = new URL(href)
  if (value === null) url.searchParams.delete(name)
  else url.searchParams.set(name, value)
  return `${url.pathname}${url.search}${url.hash}`
}

/** Sets a query parameter without reloading, as a new history entry (Back undoes it). */
export function setSearchParam(name: string, value: string | null): void {
  history.pushState(history.state, '', withSearchParam(window.location.href, name, value))
  window.dispatchEvent(new Event(changeEvent))
}
