import type { z } from 'zod'
import { type Article, articleUnits, idPattern, parseArticle } from './article'
import { parseCsv } from './csv'
import type { DataError } from './errors'
import { type DataFileName, type DataFiles, dataPath } from './files'
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
  checkFigures(figures, zhIds, errors)
  checkRegions(regions, zhIds, errors)
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

type Located<T> = { line: number; value: T }

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

const shareTolerance = 1e-9

function checkFigures(
  figures: Located<Figure>[],
  sentences: Map<string, unknown>,
  errors: DataError[],
) {
  const file = dataPath('figures.csv')
  uniqueIds(figures, file, errors)
  for (const { line, value: f } of figures) {
    if (!sentences.has(f.sentence)) {
      errors.push({
        file,
        line,
        field: 'sentence',
        message: `"${f.sentence}" is not a sentence id in data/article.zh.md`,
      })
    }
    if ((f.unit === 'percent' && (f.value < 0 || f.value > 100)) || f.value < 0) {
      errors.push({
        file,
        line,
        field: 'value',
        message: `${f.value} is outside 0–100 for a ${f.unit} figure`,
      })
    }
  }

  // A share is a percent figure named *-share; the shares of one topic split one whole.
  for (const [topic, shares] of groupBy(
    figures.filter((f) => isShare(f.value)),
    (f) => f.value.topic,
  )) {
    const sum = shares.reduce((total, f) => total + f.value.value, 0)
    if (sum > 100 + shareTolerance) {
      const last = shares.at(-1)
      errors.push({
        file,
        line: last?.line,
        field: 'value',
        message: `the shares of topic "${topic}" add up to ${round(sum)}, more than 100`,
      })
    }
  }

  // Ranks of one topic run 1, 2, 3 … without gaps or repeats.
  for (const [topic, ranks] of groupBy(
    figures.filter((f) => f.value.unit === 'rank'),
    (f) => f.value.topic,
  )) {
    checkRanks(
      ranks.map((r) => ({ line: r.line, rank: r.value.value })),
      `ranks of topic "${topic}"`,
      file,
      'value',
      errors,
    )
  }
}

function checkRegions(
  regions: Located<Region>[],
  sentences: Map<string, unknown>,
  errors: DataError[],
) {
  const file = dataPath('regions.csv')
  uniqueIds(regions, file, errors)
  const tiles = new Map<string, string>()
  for (const { line, value: r } of regions) {
    const tile = `${r.row},${r.col}`
    const other = tiles.get(tile)
    if (other)
      errors.push({
        file,
        line,
        field: 'row',
        message: `tile ${tile} is already taken by ${other}`,
      })
    tiles.set(tile, r.id)
    for (const sentence of r.sentence_ids) {
      if (!sentences.has(sentence)) {
        errors.push({
          file,
          line,
          field: 'sentence_ids',
          message: `"${sentence}" is not a sentence id in data/article.zh.md`,
        })
      }
    }
    const stated =
      r.digital_upgrade ||
      r.mini_program_opened_2021 ||
      r.mini_program_growth_rank !== null ||
      r.away_order !== null
    if (stated && r.sentence_ids.length === 0) {
      errors.push({
        file,
        line,
        field: 'sentence_ids',
        message: `${r.id} has a role from the article but no sentence id saying so`,
      })
    }
  }
  for (const key of ['mini_program_growth_rank', 'away_order'] as const) {
    const ranked = regions.flatMap((r) =>
      r.value[key] === null ? [] : [{ line: r.line, rank: r.value[key] }],
    )
    checkRanks(ranked, key, file, key, errors)
  }
}

/**
 * The English file is the Chinese one sentence for sentence: the same ids in the same order, the
 * same headings and paragraph breaks, and in each sentence links to the same figures.
 */
function checkTranslation(zh: Article, en: Article, errors: DataError[]) {
  const file = dataPath('article.en.md')
  const zhFile = dataPath('article.zh.md')
  const zhUnits = articleLayout(zh)
  const enUnits = articleLayout(en)
  const zhOrder = [...zhUnits.keys()]
  for (const [id, unit] of enUnits) {
    if (!zhUnits.has(id)) {
      errors.push({
        file,
        line: unit.line,
        field: 'id',
        message: `"${id}" is not an id in ${zhFile}`,
      })
    }
  }
  zhOrder.forEach((id, i) => {
    if (enUnits.has(id)) return
    const before = zhOrder.slice(0, i).findLast((earlier) => enUnits.has(earlier))
    const place = before ? `after "${before}" (line ${enUnits.get(before)?.line})` : 'first'
    errors.push({
      file,
      field: 'id',
      message: `"${id}" (${zhFile} line ${zhUnits.get(id)?.line}) has no translation; add it ${place}`,
    })
  })

  // A sentence is out of order when the Chinese has it before the sentence it follows here.
  // Paragraphs are compared pairwise: a sentence shares a paragraph with the one before it in
  // both editions or in neither.
  let previous: string | undefined
  for (const [id, unit] of enUnits) {
    const original = zhUnits.get(id)
    if (!original) continue
    const before = previous === undefined ? undefined : zhUnits.get(previous)
    if (previous !== undefined && before && original.index < before.index) {
      errors.push({
        file,
        line: unit.line,
        field: 'id',
        message: `"${id}" is out of order: ${zhFile} has it before "${previous}"`,
      })
      continue
    }
    const enBefore = previous === undefined ? undefined : enUnits.get(previous)
    if (original.heading !== unit.heading) {
      errors.push({
        file,
        line: unit.line,
        field: 'id',
        message: original.heading
          ? `"${id}" is a heading in ${zhFile}; write it as "## {#${id}} …"`
          : `"${id}" is a sentence in ${zhFile}, not a heading; remove the "## "`,
      })
    } else if (before && enBefore) {
      const zhTogether = before.block === original.block
      if (zhTogether !== (enBefore.block === unit.block)) {
        errors.push({
          file,
          line: unit.line,
          field: 'id',
          message: zhTogether
            ? `"${id}" continues the paragraph of "${previous}" in ${zhFile}; remove the blank line before it`
            : `"${id}" starts a new paragraph in ${zhFile}; put a blank line before it`,
        })
      }
    }
    previous = id

    for (const ref of original.refs) {
      if (!unit.refs.has(ref)) {
        errors.push({
          file,
          line: unit.line,
          field: 'link',
          message: `"${id}" has no link to {${ref}}, which ${zhFile} line ${original.line} links; mark its translation as [text]{${ref}}`,
        })
      }
    }
    for (const ref of unit.refs) {
      if (!original.refs.has(ref)) {
        errors.push({
          file,
          line: unit.line,
          field: 'link',
          message: `"${id}" links to {${ref}}, which ${zhFile} line ${original.line} does not link`,
        })
      }
    }
  }
}

type UnitLayout = {
  line: number
  index: number
  block: number
  heading: boolean
  refs: Set<string>
}

/** Where each heading and sentence sits, and which figures it links, for aligning two editions. */
function articleLayout(article: Article): Map<string, UnitLayout> {
  const units = new Map<string, UnitLayout>()
  article.blocks.forEach((block, b) => {
    if (block.kind === 'heading') {
      const { id, line } = block
      units.set(id, { line, index: units.size, block: b, heading: true, refs: new Set() })
      return
    }
    for (const s of block.sentences) {
      const refs = new Set(s.segments.flatMap((segment) => segment.ref ?? []))
      units.set(s.id, { line: s.line, index: units.size, block: b, heading: false, refs })
    }
  })
  return units
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

function checkRanks(
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

function uniqueIds<T extends { id: string }>(
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

const isShare = (f: Figure) => f.unit === 'percent' && f.id.endsWith('-share')
const round = (n: number) => Math.round(n * 1000) / 1000

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item])
  return groups
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const inner of Object.values(value)) deepFreeze(inner)
  }
  return value
}
