import type { z } from 'zod'
import { type Article, articleUnits, idPattern, parseArticle } from './article'
import { parseCsv } from './csv'
import type { DataError } from './errors'
import { checkFigures } from './figureRules'
import { type DataFileName, type DataFiles, dataPath } from './files'
import { checkRegions } from './regionRules'
import type { Located } from './rules'
import {
  type Figure,
  figureColumns,
  figureSchema,
  type Region,
  type ReportMeta,
  regionColumns,
  regionSchema,
  reportMetaSchema,
} from './schema'
import { checkTranslation } from './translation'

/** The whole report, validated and frozen: what every chart, slide and export reads. */
export type Report = Readonly<{
  meta: ReportMeta
  article: Readonly<{ zh: Article; en: Article }>
  figures: readonly Figure[]
  regions: readonly Region[]
}>

/**
 * What loading gives: the report when every file is valid, else the errors. The metadata and
 * the article come on their own when their files are valid, so the page can still be read.
 */
export type ReportLoad = {
  report: Report | null
  meta: ReportMeta | null
  article: Article | null
  errors: DataError[]
}

/** Parses and checks every data file, alone and against each other; never throws. */
export function parseReport(files: DataFiles): ReportLoad {
  const errors: DataError[] = []
  const meta = parseMeta(files['report.json'], errors)
  const zh = collect(parseArticle(files['article.zh.md'], dataPath('article.zh.md')), errors)
  const en = collect(parseArticle(files['article.en.md'], dataPath('article.en.md')), errors)
  const { rows: figures, ids: figureIds } = parseRows(
    files['figures.csv'],
    'figures.csv',
    figureColumns,
    figureSchema,
    errors,
  )
  const { rows: regions, ids: regionIds } = parseRows(
    files['regions.csv'],
    'regions.csv',
    regionColumns,
    regionSchema,
    errors,
  )

  const zhIds = articleUnits(zh.article)
  checkRegions(regions, zhIds, errors)
  // A count of regions means something only when every region row is valid.
  const regionsValid = !errors.some((e) => e.file === dataPath('regions.csv'))
  checkFigures(
    figures,
    {
      allIds: figureIds,
      regions: regionsValid ? regions.map((r) => r.value) : null,
      sentences: zhIds,
    },
    errors,
  )
  checkTranslation(zh.article, en.article, errors)
  // Links may name any row present, valid or not: a broken row is reported once, in its file.
  const known = new Set([...figureIds, ...regionIds])
  if (figureIds.length && regionIds.length) {
    checkLinks(zh.article, 'article.zh.md', known, errors)
    checkLinks(en.article, 'article.en.md', known, errors)
  }

  const zhValid = zh.valid
  const article = zhValid ? zh.article : null
  const report =
    errors.length === 0 && meta
      ? deepFreeze({
          meta,
          article: { zh: zh.article, en: en.article },
          figures: figures.map((f) => f.value),
          regions: regions.map((r) => r.value),
        })
      : null
  return { report, meta, article, errors }
}

function collect(result: { article: Article; errors: DataError[] }, errors: DataError[]) {
  errors.push(...result.errors)
  return { article: result.article, valid: result.errors.length === 0 }
}

function parseMeta(text: string, errors: DataError[]): ReportMeta | null {
  const file = dataPath('report.json')
  let json: unknown
  try {
    json = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text)
  } catch (error) {
    errors.push({ file, message: `is not valid JSON (${(error as Error).message})` })
    return null
  }
  const result = reportMetaSchema.safeParse(json)
  if (result.success) return result.data
  for (const issue of result.error.issues) {
    const key = issue.path.join('.')
    errors.push({
      file,
      line: lineOfKey(text, issue.path.at(-1)),
      field: key || undefined,
      message: issue.message,
    })
  }
  return null
}

/** The line a JSON key is written on, so that report.json errors have a place too. */
function lineOfKey(text: string, key: PropertyKey | undefined): number | undefined {
  if (typeof key !== 'string') return undefined
  const at = text.indexOf(`"${key}"`)
  return at < 0 ? undefined : text.slice(0, at).split('\n').length
}

function parseRows<T>(
  text: string,
  name: DataFileName,
  columns: readonly string[],
  schema: z.ZodType<T, unknown>,
  errors: DataError[],
): { rows: Located<T>[]; ids: string[] } {
  const file = dataPath(name)
  const parsed = parseCsv(text, file, columns)
  errors.push(...parsed.errors)
  const ids = parsed.rows.map((row) => row.cells.id ?? '')
  const rows: Located<T>[] = []
  for (const row of parsed.rows) {
    const result = schema.safeParse(row.cells)
    if (result.success) rows.push({ line: row.line, value: result.data })
    else
      for (const issue of result.error.issues) {
        errors.push({
          file,
          line: row.line,
          field: String(issue.path[0] ?? ''),
          message: issue.message,
        })
      }
  }
  return { rows, ids }
}

function checkLinks(article: Article, name: DataFileName, known: Set<string>, errors: DataError[]) {
  for (const [, unit] of articleUnits(article)) {
    for (const s of unit.segments ?? []) {
      // A ref that is not even an id was reported by the article parser already.
      if (s.ref !== undefined && idPattern.test(s.ref) && !known.has(s.ref)) {
        errors.push({
          file: dataPath(name),
          line: unit.line,
          field: 'link',
          message: `"[${s.text}]{${s.ref}}" links to "${s.ref}", which is in neither figures.csv nor regions.csv`,
        })
      }
    }
  }
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const inner of Object.values(value)) deepFreeze(inner)
  }
  return value
}
