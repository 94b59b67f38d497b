// Apart from report.ts so that what reads the report does not load its parser (zod, papaparse).
import type { Report } from './report'
import type { Figure } from './schema'

/** The figure with this id; charts name their figures, so a missing one is a programming error. */
export function getFigure(report: Report, id: string): Figure {
  const figure = report.figures.find((f) => f.id === id)
  if (!figure) throw new Error(`figures.csv has no figure "${id}"`)
  return figure
}
