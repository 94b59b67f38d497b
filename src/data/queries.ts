import {
  type Query,
  queryOptions,
  type UseQueryResult,
  useQueries,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query'
import { useMemo } from 'react'
import type { Article } from './article'
import type { DataError } from './errors'
import {
  type DataFileName,
  type DataFiles,
  dataFileNames,
  dataPath,
  maxDataFileBytes,
} from './files'
import type { Report, ReportLoad } from './report'
import type { ReportMeta } from './schema'

/** A data file the page will not read (too big): asking again gives the same answer. */
export class DataFileRefused extends Error {}

/** Fetches one data file as text from `data/` beside the page; refuses files that are too big. */
export async function fetchDataFile(name: DataFileName, signal?: AbortSignal): Promise<string> {
  const response = await fetch(`${import.meta.env.BASE_URL}${dataPath(name)}`, { signal })
  if (!response.ok)
    throw new Error(
      `${dataPath(name)}: the server answered ${response.status} ${response.statusText}`.trim(),
    )
  const length = Number(response.headers.get('content-length') ?? 0)
  if (length > maxDataFileBytes)
    throw new DataFileRefused(
      `${dataPath(name)}: is ${length} bytes, more than the ${maxDataFileBytes} allowed`,
    )
  const text = await readLimited(response, maxDataFileBytes)
  if (text === null || text.length > maxDataFileBytes)
    throw new DataFileRefused(
      `${dataPath(name)}: is larger than the ${maxDataFileBytes} bytes allowed`,
    )
  return text
}

/**
 * The body as text, or null as soon as it passes `limit` bytes: a server that sends no length
 * (or a wrong one) cannot make the page read and parse megabytes.
 */
async function readLimited(response: Response, limit: number): Promise<string | null> {
  if (!response.body) return response.text()
  const reader = response.body.getReader()
  const decoder = new TextDecoder()
  let size = 0
  let text = ''
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return text + decoder.decode()
    size += value.byteLength
    if (size > limit) {
      await reader.cancel()
      return null
    }
    text += decoder.decode(value, { stream: true })
  }
}

/** Network failures are retried with back-off before the page says so; a refused file is not. */
export const retryDataFile = (failures: number, error: Error) =>
  failures < 3 && !(error instanceof DataFileRefused)

/** 0.5 s, 1 s, 2 s … at most 4 s between attempts. */
export const dataRetryDelay = (attempt: number) => Math.min(500 * 2 ** attempt, 4000)

/** One query per data file; the report does not change while the page is open. */
export const dataFileQueryOptions = (name: DataFileName) =>
  queryOptions({
    queryKey: ['data', name],
    queryFn: ({ signal }) => fetchDataFile(name, signal),
    staleTime: Number.POSITIVE_INFINITY,
    // The service worker may answer from its cache when the browser says it is offline.
    networkMode: 'offlineFirst',
  })

/**
 * The report parsed from the files is a query of its own. The prerendered page ships it parsed,
 * so the browser neither parses nor loads the parser (zod, papaparse): only a page without it
 * fetches the files and imports the parser. Its key is fixed: the files do not change while the
 * page is open.
 */
export const reportQueryKey = ['report'] as const

/**
 * What the report query holds, in the browser and as the prerendered page ships it (as JSON,
 * read back as is): a valid report alone (its metadata and Chinese article are its own), or, when
 * the files have errors, the errors with what could still be read. The prerender ships only the
 * first kind.
 */
export type ReportQueryState =
  | { report: Report }
  | { report: null; meta: ReportMeta | null; article: Article | null; errors: DataError[] }

/** The query state of a load: a valid load keeps only its report. */
export function reportQueryState(load: ReportLoad): ReportQueryState {
  const { report, meta, article, errors } = load
  return report ? { report } : { report: null, meta, article, errors }
}

/** The load a query state stands for: a valid report's metadata and article are its own. */
export function reportLoadOf(state: ReportQueryState): ReportLoad {
  if (state.report === null) return state
  const { report } = state
  return { report, meta: report.meta, article: report.article.zh, errors: [] }
}

const parseFiles = async (files: DataFiles): Promise<ReportLoad> =>
  (await import('./report')).parseReport(files)

const parseQueryState = async (files: DataFiles): Promise<ReportQueryState> =>
  reportQueryState(await parseFiles(files))

/** The report as the page sees it: still loading, failed to fetch (with retry), or parsed. */
export type ReportState =
  | { status: 'loading'; pending: string[]; retry: () => void }
  | {
      status: 'unreachable'
      failures: DataError[]
      retry: () => void
      /** Parsed from the files that did arrive, so the article stays readable. */
      meta: ReportMeta | null
      article: Article | null
    }
  | ({ status: 'loaded' } & ReportLoad)

/** The data files as their queries stand: all arrived, some still coming, or some failed. */
type FilesState =
  | { status: 'arrived'; files: DataFiles }
  | { status: 'loading'; pending: string[] }
  | {
      status: 'unreachable'
      failures: DataError[]
      retry: () => void
      /** The files that arrived (the others empty), when the Chinese article is among them. */
      arrived: DataFiles | null
    }

type FileResult = UseQueryResult<string, Error>

/** Joins the file queries into one state; outside the hook, so react-query keeps its result. */
function combineFiles(results: FileResult[]): FilesState {
  const texts = results.map((r) => r.data)
  const files = Object.fromEntries(
    dataFileNames.map((name, i) => [name, texts[i] ?? '']),
  ) as DataFiles
  if (texts.every((t) => t !== undefined)) return { status: 'arrived', files }
  const failures: DataError[] = results.flatMap((r, i) =>
    r.isError
      ? [{ file: dataPath(dataFileNames[i] as DataFileName), message: r.error.message }]
      : [],
  )
  if (failures.length === 0) {
    const pending = dataFileNames.flatMap((name, i) =>
      results[i]?.data === undefined ? [dataPath(name)] : [],
    )
    return { status: 'loading', pending }
  }
  const retry = () => {
    for (const r of results) if (r.isError) void r.refetch()
  }
  // The metadata and the article need only their own files: show them if those arrived.
  const articleArrived = texts[dataFileNames.indexOf('article.zh.md')] !== undefined
  return { status: 'unreachable', failures, retry, arrived: articleArrived ? files : null }
}

/** Fetches every data file and parses them together into the report or its located errors. */
export function useReport(): ReportState {
  const client = useQueryClient()
  const shipped = client.getQueryData(reportQueryKey) !== undefined
  // A page that came with the report holds no query for the files at all: none to create,
  // observe or collect as it becomes interactive.
  const files = useQueries({
    queries: shipped ? [] : dataFileNames.map(dataFileQueryOptions),
    combine: combineFiles,
  })
  const arrived = files.status === 'arrived' ? files.files : null
  const parsed = useQuery({
    queryKey: reportQueryKey,
    queryFn: (): Promise<ReportQueryState> => parseQueryState(arrived ?? noFiles),
    enabled: !shipped && arrived !== null,
    staleTime: Number.POSITIVE_INFINITY,
  })
  const partial = files.status === 'unreachable' ? files.arrived : null
  const readable = useQuery({
    // The texts of a file do not change once arrived: the names say which parse this is.
    queryKey: ['report', 'readable', ...dataFileNames.filter((name) => partial?.[name])],
    queryFn: async () => {
      const { meta, article } = await parseFiles(partial ?? noFiles)
      return { meta, article }
    },
    enabled: partial !== null,
    staleTime: Number.POSITIVE_INFINITY,
  })
  return useMemo((): ReportState => {
    if (parsed.data) return { status: 'loaded', ...reportLoadOf(parsed.data) }
    // The parser is code loaded on demand: if it cannot load, say so and offer to try again.
    if (parsed.error) {
      const failure = { file: 'src/data/report.ts', message: parsed.error.message }
      const retry = () => void parsed.refetch()
      return { status: 'unreachable', failures: [failure], retry, meta: null, article: null }
    }
    if (files.status === 'unreachable') {
      const { failures, retry } = files
      return { status: 'unreachable', failures, retry, meta: null, article: null, ...readable.data }
    }
    // A request that hangs is cancelled and asked again (refetch alone would wait for it).
    const hanging = { queryKey: ['data'], predicate: (q: Query) => q.state.data === undefined }
    const retry = () => {
      void client.cancelQueries(hanging).then(() => client.refetchQueries(hanging))
    }
    const pending = files.status === 'loading' ? files.pending : []
    return { status: 'loading', pending, retry }
  }, [parsed.data, parsed.error, parsed.refetch, files, readable.data, client])
}

const noFiles = Object.fromEntries(dataFileNames.map((name) => [name, ''])) as DataFiles
