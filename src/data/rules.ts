// Helpers the figure and region rules share.
import type { DataError } from './errors'

/** A parsed row with the line it starts on, so that every rule can say where. */
export type Located<T> = { line: number; value: T }

/** No id twice in one file; the second is reported, naming the line of the first. */
export function uniqueIds<T extends { id: string }>(
  rows: Located<T>[],
  file: string,
  errors: DataError[],
) {
  const first = new Map<string, number>()
  for (const { line, value } of rows) {
    const earlier = first.get(value.id)
    if (earlier !== undefined)
      errors.push({
        file,
        line,
        field: 'id',
        message: `"${value.id}" is already used on line ${earlier}`,
      })
    else first.set(value.id, line)
  }
}

/** Ranks run 1, 2, 3 … without gaps or repeats. */
export function checkRanks(
  ranked: { line: number; rank: number }[],
  what: string,
  file: string,
  field: string,
  errors: DataError[],
) {
  const sorted = [...ranked].sort((a, b) => a.rank - b.rank)
  sorted.forEach((r, i) => {
    if (r.rank !== i + 1) {
      errors.push({
        file,
        line: r.line,
        field,
        message: `the ${what} must run 1, 2, 3 … without gaps or repeats; found ${r.rank} where ${i + 1} belongs`,
      })
    }
  })
}

export function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item])
  return groups
}
