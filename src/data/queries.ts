import { queryOptions, type UseQueryResult, useQueries } from '@tanstack/react-query'
import type { DataError } from './errors'
import {
  type DataFileName,
  type DataFiles,
  dataFileNames,
  dataPath,
  maxDataFileBytes,
} from './files'
import { parseReport, type ReportLoad } from './report'

/** Fetches one data file as text from `data/` beside the page; refuses files that are too big. */
export async function fetchDataFile(name: DataFileName, signal?: AbortSignal): Promise<string> {
  const response = await fetch(`${import.meta.env.BASE_URL}${dataPath(name)}`, { signal })
  if (!response.ok)
    throw new Error(
      `${dataPath(name)}: the server answered ${response.status} ${response.statusText}`.trim(),
    )
  const length = Number(response.headers.get('content-length') ?? 0)
  if (length > maxDataFileBytes)
    throw new Error(
      `${dataPath(name)}: is ${length} bytes, more than the ${maxDataFileBytes} allowed`,
    )
  const text = await response.text()
  if (text.length > maxDataFileBytes)
    throw new Error(`${dataPath(name)}: is larger than the ${maxDataFileBytes} bytes allowed`)
  return text
}

/** One query per data file; the report does not change while the page is open. */
export const dataFileQueryOptions = (name: DataFileName) =>
  queryOptions({
    queryKey: ['data', name],
    queryFn: ({ signal }) => fetchDataFile(name, signal),
    staleTime: Number.POSITIVE_INFINITY,
  })

/** The report as the page sees it: still loading, failed to fetch (with retry), or parsed. */
export type ReportState =
  | { status: 'loading' }
  | { status: 'unreachable'; failures: DataError[]; retry: () => void }
  | ({ status: 'loaded' } & ReportLoad)

type FileResult = UseQueryResult<string, Error>

/**
 * Joins the file queries into one state. It lives outside the hook so react-query keeps its
 * result while the files do not change: the report is parsed once per set of texts.
 */
function combineFiles(results: FileResult[]): ReportState {
  const texts = results.map((r) => r.data)
  if (texts.every((t): t is string => t !== undefined)) {
    const files = Object.fromEntries(dataFileNames.map((name, i) => [name, texts[i]])) as DataFiles
    return { status: 'loaded', ...parseReport(files) }
  }
  const failures: DataError[] = results.flatMap((r, i) =>
    r.isError
      ? [{ file: dataPath(dataFileNames[i] as DataFileName), message: r.error.message }]
      : [],
  )
  if (failures.length === 0) return { status: 'loading' }
  const retry = () => {
    for (const r of results) if (r.isError) void r.refetch()
  }
  return { status: 'unreachable', failures, retry }
}

/** Fetches every data file and parses them together into the report or its located errors. */
export function useReport(): ReportState {
  return useQueries({ queries: dataFileNames.map(dataFileQueryOptions), combine: combineFiles })
}
