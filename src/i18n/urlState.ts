import { useCallback, useSyncExternalStore } from 'react'

// The view state in the page's address, in one store: `?lang=`, `?digits=` and `?table=` (the
// cards shown as tables). One event tells every reader that the page itself changed the address;
// Back and Forward tell them by popstate. The fragment (#chart-id) is left as it is.

/** Fired when the page itself changes the address: history.pushState/replaceState fire nothing. */
const changeEvent = 'addresschange'

function subscribe(onChange: () => void) {
  window.addEventListener('popstate', onChange)
  window.addEventListener(changeEvent, onChange)
  return () => {
    window.removeEventListener('popstate', onChange)
    window.removeEventListener(changeEvent, onChange)
  }
}

/** The address's query string, kept in step with the page's changes and with Back and Forward. */
const useSearch = (serverValue: string) =>
  useSyncExternalStore(
    subscribe,
    () => window.location.search,
    () => serverValue,
  )

/** Puts `href` in the address without reloading; `push` makes it a history entry Back undoes. */
function writeAddress(href: string, push: boolean) {
  if (push) history.pushState(history.state, '', href)
  else history.replaceState(history.state, '', href)
  window.dispatchEvent(new Event(changeEvent))
}

/**
 * One query parameter of the page's address, kept in step with Back and Forward and with
 * `setSearchParam`; `serverValue` when there is no window (prerender, tests of the server path).
 */
export function useSearchParam(name: string, serverValue: string | null = null): string | null {
  const server = serverValue === null ? '' : `?${new URLSearchParams({ [name]: serverValue })}`
  return new URLSearchParams(useSearch(server)).get(name)
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
  writeAddress(withSearchParam(window.location.href, name, value), true)
}

const tableParam = 'table'

/** The known chart ids a `table` parameter names, in page order; unknown ids are dropped. */
export function parseTables(search: string, known: readonly string[]): string[] {
  const named = new Set(
    (new URLSearchParams(search).get(tableParam) ?? '').split(',').map((s) => s.trim()),
  )
  return known.filter((id) => named.has(id))
}

/** The query string with chart `id` shown as a table or not; every other parameter kept. */
export function withTable(
  search: string,
  id: string,
  table: boolean,
  known: readonly string[],
): string {
  const params = new URLSearchParams(search)
  const tables = new Set(parseTables(search, known))
  if (table) tables.add(id)
  else tables.delete(id)
  const list = known.filter((k) => tables.has(k))
  if (list.length) params.set(tableParam, list.join(','))
  else params.delete(tableParam)
  // Commas are safe in a query and keep the address readable.
  const query = params.toString().replace(/%2C/gi, ',')
  return query ? `?${query}` : ''
}

/**
 * Whether a card shows its table, kept in the address (`known`: every chart id, in page order);
 * the chart on the server and by default. A toggle replaces the address: it is a view, not a step.
 */
export function useTableView(
  id: string,
  known: readonly string[],
): [boolean, (table: boolean) => void] {
  const table = parseTables(useSearch(''), known).includes(id)
  const setTable = useCallback(
    (next: boolean) => {
      const { pathname, search, hash } = window.location
      writeAddress(`${pathname}${withTable(search, id, next, known)}${hash}`, false)
    },
    [id, known],
  )
  return [table, setTable]
}
