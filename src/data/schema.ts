import { z } from 'zod'

export const figureColumns = [
  'id',
  'topic',
  'label_zh',
  'label_en',
  'value',
  'unit',
  'qualifier',
  'derived',
  'sentence',
  'note',
  'formula',
] as const

export const units = [
  'payments',
  'people',
  'yuan',
  'percent',
  'percentage_points',
  'regions',
  'halls',
  'hour_of_day',
  'rank',
] as const

/** How the article words a figure: 超/逾/超过 over, 以上 at_least, 约 about, 近 nearly. */
export const qualifiers = ['exact', 'over', 'at_least', 'about', 'nearly'] as const

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: (i) => `"${i.input}" is not an id: use lower-case words joined by -`,
})
const text = z.string().trim().min(1, { error: 'is empty' })

/** A number cell: plain digits in base units, with a hint for the ways people write numbers. */
const numberCell = z.string().transform((cell, ctx) => {
  const value = Number(cell.trim())
  if (cell.trim() !== '' && Number.isFinite(value)) return value
  ctx.addIssue({ code: 'custom', message: `"${cell}" is not a number${numberHint(cell.trim())}` })
  return z.NEVER
})

const chineseMultipliers: Record<string, number> = { 万: 1e4, 亿: 1e8 }

function numberHint(cell: string): string {
  const scaled = /^([\d.]+)\s*(万|亿)/.exec(cell)
  if (scaled?.[1] && scaled[2]) {
    const base = Number(scaled[1]) * (chineseMultipliers[scaled[2]] ?? 1)
    if (Number.isFinite(base)) return `; write ${Math.round(base)}`
  }
  const percent = /^([\d.]+)\s*%$/.exec(cell)
  if (percent) return `; write ${percent[1]} with unit percent`
  const digits = cell.replace(/[,，\s]/g, '')
  if (digits !== cell && Number.isFinite(Number(digits)) && digits !== '')
    return `; write ${digits}`
  return '; write plain digits in base units, e.g. 750000000'
}

const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: (i) => `"${String(i.input)}" is not one of ${values.join(', ')}` })

const flag = z
  .enum(['true', 'false'], { error: (i) => `"${String(i.input)}" must be true or false` })
  .transform((cell) => cell === 'true')

/** A row of `data/figures.csv`: one figure the article states or derives. */
export const figureSchema = z
  .object({
    id,
    topic: text,
    label_zh: text,
    label_en: text,
    value: numberCell,
    unit: oneOf(units),
    qualifier: oneOf(qualifiers),
    derived: flag,
    sentence: id,
    note: z.string().trim(),
    formula: z.string().trim(),
  })
  .superRefine((row, ctx) => {
    // The formula is what makes a figure derived: the loader recomputes the value from it.
    if (row.derived && row.formula === '') {
      ctx.addIssue({
        code: 'custom',
        path: ['formula'],
        message: 'a derived figure needs its formula here, e.g. age-70s-share - age-70s-lead',
      })
    }
    if (!row.derived && row.formula !== '') {
      ctx.addIssue({
        code: 'custom',
        path: ['formula'],
        message:
          'a stated figure (derived false) has no formula: empty this cell, or set derived to true',
      })
    }
  })

export type Figure = z.infer<typeof figureSchema>
export type Unit = (typeof units)[number]
export type Qualifier = (typeof qualifiers)[number]

export const regionColumns = [
  'id',
  'name_zh',
  'name_en',
  'code',
  'kind',
  'row',
  'col',
  'digital_upgrade',
  'mini_program_opened_2021',
  'mini_program_growth_rank',
  'away_order',
  'sentence_ids',
] as const

/** What a region is: province, autonomous region, municipality, or a city listed on its own (深圳). */
export const regionKinds = ['province', 'autonomous_region', 'municipality', 'city'] as const

const gridCell = z
  .string()
  .regex(/^\d{1,2}$/, { error: (i) => `"${i.input}" is not a grid position (0 to 99)` })
  .transform(Number)
const statedFlag = z
  .enum(['', 'true'], { error: (i) => `"${String(i.input)}" must be true or empty (not stated)` })
  .transform((cell) => cell === 'true')
const statedRank = z
  .string()
  .regex(/^(\d{1,2})?$/, {
    error: (i) => `"${i.input}" must be a rank (1, 2, …) or empty (not stated)`,
  })
  .transform((cell) => (cell === '' ? null : Number(cell)))

/** A row of `data/regions.csv`: a region's tile on the map and what the article says of it. */
export const regionSchema = z.object({
  id,
  name_zh: text,
  name_en: z.string().trim().min(1, { error: 'is empty: every region needs its English name' }),
  code: z
    .string()
    .trim()
    .min(1, { error: 'is empty: every region needs its short English tile code, e.g. HLJ' })
    // Empty is the message above alone.
    .regex(/^(?:[A-Z]{1,4})?$/, {
      error: (i) => `"${i.input}" is not a tile code: one to four capital letters, e.g. HLJ`,
    }),
  kind: oneOf(regionKinds),
  row: gridCell,
  col: gridCell,
  digital_upgrade: statedFlag,
  mini_program_opened_2021: statedFlag,
  mini_program_growth_rank: statedRank,
  away_order: statedRank,
  sentence_ids: z
    .string()
    .trim()
    .transform((cell) => (cell === '' ? [] : cell.split(/\s+/))),
})

export type Region = z.infer<typeof regionSchema>

const bilingual = z.object({ zh: text, en: text })

/** `data/report.json`: who published what, when, and how to cite it. */
export const reportMetaSchema = z.object({
  reportName: bilingual,
  articleTitle: bilingual,
  publisher: bilingual,
  reportPublisher: bilingual,
  correspondent: bilingual,
  published: z.iso.datetime({
    offset: true,
    error: 'must be a date and time with its offset, e.g. 2022-03-18T14:56:57+08:00',
  }),
  sourceUrl: z.url({ protocol: /^https?$/, error: 'must be an http(s) address' }),
  citation: bilingual,
})

export type ReportMeta = z.infer<typeof reportMetaSchema>
