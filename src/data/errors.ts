/** A problem in one data file, located as precisely as the file allows. */
export type DataError = {
  /** Path as a person sees it in the repository, e.g. `data/figures.csv`. */
  file: string
  /** 1-based line in the file; absent when the problem is the whole file. */
  line?: number
  /** Column or key the problem is in. */
  field?: string
  message: string
}

/** `data/figures.csv line 7, value: "7.5亿" is not a number; write 750000000` */
export function formatDataError(error: DataError): string {
  const place = [error.file, error.line === undefined ? '' : ` line ${error.line}`].join('')
  const field = error.field === undefined ? '' : `, ${error.field}`
  return `${place}${field}: ${error.message}`
}
