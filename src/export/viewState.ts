import { useCallback, useSyncExternalStore } from 'react'
import { charts } from '../charts/registry'

// The address keeps each card's view: `?table=annual-payments,age-shares` lists the cards shown
// as tables. Other parameters (?lang=) and the fragment (#chart-id) are left as they are.

const tableParam = 'table'
/** Fired after the view changes the address: history.replaceState fires no event of its own. */
const viewEvent = 'viewstatechange'

/** The known chart ids a `table` parameter names, in page order; unknown ids are dropped. */
export function parseTables(search: string, known: readonly string[] = chartIds()): string[] {
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
  known: readonly string[] = chartIds(),
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

const chartIds = () => charts.map((c) => c.id)

const subscribe = (onChange: () => void) => {
  window.addEventListener('popstate', onChange)
  window.addEventListener(viewEvent, onChange)
  return () => {
    window.removeEventListener('popstate', onChange)
    window.removeEventListener(viewEvent, onChange)
  }
}

/** Whether a card shows its table, kept in the address; the chart on the server and by default. */
export function useTableView(id: string): [boolean, (table: boolean) => void] {
  const search = useSyncExternalStore(
    subscribe,
    () => window.location.search,
    () => '',
  )
  const table = parseTables(search).includes(id)
  const setTable = useCallback(
    (next: boolean) => {
      const { pathname, search: current, hash } = window.location
      history.replaceState(history.state, '', `${pathname}${withTable(current, id, next)}${hash}`)
      window.dispatchEvent(new Event(viewEvent))
    },
    [id],
  )
  return [table, setTable]
}
