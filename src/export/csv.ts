import Papa from 'papaparse'
import type { AnyChartSpec } from '../charts/spec'
import { articleUnits } from '../data/article'
import type { Report } from '../data/report'
import { figureColumns } from '../data/schema'

/** A CSV cell: numbers and booleans are written as they are, text is escaped when needed. */
export type Cell = string | number | boolean | null

/**
 * Text cells a spreadsheet would run as a formula: those starting with = + - @ tab or CR.
 * Papaparse's default pattern, /^[=+\-@\t\r].*$/, has no `s` flag, so `.*$` fails on a cell
 * with a line break and "=1+1\n…" slips through; testing the first character alone does not.
 */
export const formulaPattern = /^[=+\-@\t\r]/

/** Byte order mark: Excel on Chinese Windows reads UTF-8 only when the file starts with it. */
const bom = '\uFEFF'

/** Writes rows as Excel-safe CSV: UTF-8 with BOM, CRLF, quoted where needed, formulae escaped. */
export function toCsv(fields: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return (
    bom +
    Papa.unparse(
      { fields: [...fields], data: rows.map((row) => [...row]) },
      { newline: '\r\n', quotes: false, escapeFormulae: formulaPattern, header: true },
    )
  )
}

/** One chart's rows with its table columns: the header is the column keys, cells their `value`. */
export function chartCsv(spec: AnyChartSpec, report: Report): string {
  const rows = spec.rows(report)
  return toCsv(
    spec.columns.map((c) => c.key),
    rows.map((row) => spec.columns.map((c) => c.value(row))),
  )
}

/** The columns of the all-data file: figures.csv's own, then the sentence and the source link. */
export const allDataFields = [...figureColumns, 'sentence_text', 'source_url'] as const

/** Every figure, every figures.csv column under its own name, with its sentence and source. */
export function allDataCsv(report: Report): string {
  const sentences = articleUnits(report.article.zh)
  return toCsv(
    allDataFields,
    report.figures.map((f) => [
      ...figureColumns.map((key) => f[key]),
      sentences.get(f.sentence)?.text ?? '',
      report.meta.sourceUrl,
    ]),
  )
}
