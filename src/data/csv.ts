import Papa from 'papaparse'
import type { DataError } from './errors'

/** One data row of a CSV file: its cells by header name and the line it starts on. */
export type CsvRow = { line: number; cells: Record<string, string> }

/**
 * Reads a CSV file whose header must be exactly `header`. Cells stay strings: the schemas
 * convert them. Every problem is reported with its line; rows with problems are still returned
 * only when their cells line up with the header.
 */
export function parseCsv(
  text: string,
  file: string,
  header: readonly string[],
): { rows: CsvRow[]; errors: DataError[] } {
  const errors: DataError[] = []
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text
  if (source.trim() === '') {
    return {
      rows: [],
      errors: [{ file, message: `the file is empty; it needs the header ${header.join(',')}` }],
    }
  }
  if (source.includes('\u0000')) {
    return { rows: [], errors: [{ file, message: 'the file is not text (it contains NUL bytes)' }] }
  }

  // Papaparse tells where each row ends (cursor); a row's line is one more than the line
  // breaks before its start, which also holds when a quoted cell spans lines.
  const recordLines: number[] = []
  const records: string[][] = []
  let rowStart = 0
  let line = 1
  Papa.parse<string[]>(source, {
    header: false,
    // The format is comma-separated: guessing the delimiter of a broken file only adds noise.
    delimiter: ',',
    skipEmptyLines: false,
    step: (result) => {
      recordLines.push(line)
      records.push(result.data)
      line += countLineBreaks(source, rowStart, result.meta.cursor)
      rowStart = result.meta.cursor
      for (const e of result.errors) {
        errors.push({ file, line: recordLines.at(-1), message: csvMessage(e) })
      }
    },
  })

  const [head, ...body] = records
  const got = head ?? []
  if (got.join(',') !== header.join(',')) {
    const missing = header.filter((h) => !got.includes(h))
    const extra = got.filter((h) => !header.includes(h))
    const parts = [
      missing.length ? `missing ${missing.join(', ')}` : '',
      extra.length ? `unknown ${extra.join(', ')}` : '',
      !missing.length && !extra.length ? 'columns in the wrong order' : '',
    ].filter(Boolean)
    errors.push({
      file,
      line: 1,
      message: `the header must be exactly ${header.join(',')} (${parts.join('; ')})`,
    })
    return { rows: [], errors }
  }

  const rows: CsvRow[] = []
  body.forEach((record, i) => {
    const line = recordLines[i + 1] ?? 0
    // A blank line (a trailing newline, or one between rows) holds no row.
    if (record.length === 1 && (record[0] ?? '').trim() === '') return
    if (record.length !== header.length) {
      errors.push({
        file,
        line,
        message: `has ${record.length} cells, the header has ${header.length} (a comma inside a cell needs "quotes")`,
      })
      return
    }
    rows.push({ line, cells: Object.fromEntries(header.map((h, c) => [h, record[c] ?? ''])) })
  })
  if (rows.length === 0 && errors.length === 0) {
    errors.push({ file, message: 'the file has a header but no rows' })
  }
  return { rows, errors }
}

function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) count++
  return count
}

function csvMessage(error: Papa.ParseError): string {
  if (error.code === 'MissingQuotes') return 'a quoted cell is never closed (missing ")'
  if (error.code === 'InvalidQuotes')
    return 'a quote (") stands inside an unquoted cell; quote the whole cell'
  return error.message
}
