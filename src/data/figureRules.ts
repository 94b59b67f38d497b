// The rules a figures.csv row must keep, alone and with the other rows, the article and the regions.
import type { DataError } from './errors'
import { dataPath } from './files'
import {
  evaluateFormula,
  type Formula,
  FormulaSyntaxError,
  formulaIds,
  parseFormula,
  sameValue,
} from './formula'
import { checkRanks, groupBy, type Located, uniqueIds } from './rules'
import type { Figure, Region } from './schema'
import { findWording, hasQualifier, qualifierOf, qualifierWords, zhWordings } from './wording'

const file = dataPath('figures.csv')
const shareTolerance = 1e-9

/** What the figure rules read beside the figures. */
export type FigureContext = {
  /** Every id in figures.csv, also of rows that failed their own checks. */
  allIds: readonly string[]
  /** The regions, or null when regions.csv has errors: then no count can be trusted. */
  regions: readonly Region[] | null
  /** The sentences of article.zh.md by id. */
  sentences: Map<string, { text: string; line: number }>
}

export function checkFigures(
  figures: Located<Figure>[],
  context: FigureContext,
  errors: DataError[],
) {
  uniqueIds(figures, file, errors)
  for (const { line, value: f } of figures) {
    if (!context.sentences.has(f.sentence)) {
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
  checkShares(figures, errors)
  checkFigureRanks(figures, errors)
  checkFormulas(figures, context, errors)
  checkWording(figures, context, errors)
}

const isShare = (f: Figure) => f.unit === 'percent' && f.id.endsWith('-share')
const round = (n: number) => Math.round(n * 1000) / 1000

/** A share is a percent figure named *-share; the shares of one topic split one whole. */
function checkShares(figures: Located<Figure>[], errors: DataError[]) {
  const shares = figures.filter((f) => isShare(f.value))
  for (const [topic, group] of groupBy(shares, (f) => f.value.topic)) {
    const sum = group.reduce((total, f) => total + f.value.value, 0)
    if (sum > 100 + shareTolerance) {
      errors.push({
        file,
        line: group.at(-1)?.line,
        field: 'value',
        message: `the shares of topic "${topic}" add up to ${round(sum)}, more than 100`,
      })
    }
  }
}

/** Ranks of one topic run 1, 2, 3 … without gaps or repeats. */
function checkFigureRanks(figures: Located<Figure>[], errors: DataError[]) {
  const ranks = figures.filter((f) => f.value.unit === 'rank')
  for (const [topic, group] of groupBy(ranks, (f) => f.value.topic)) {
    const ranked = group.map((r) => ({ line: r.line, rank: r.value.value }))
    checkRanks(ranked, `ranks of topic "${topic}"`, file, 'value', errors)
  }
}

const countsRegions = (formula: Formula): boolean =>
  formula.kind === 'count' ||
  (formula.kind === 'operation' && (countsRegions(formula.left) || countsRegions(formula.right)))

/** A number as a message writes it: no float noise (58.800000000000004 → 58.8). */
const shown = (n: number) => String(Number(n.toPrecision(12)))

/**
 * Every formula reads, names known figures, forms no cycle, and gives the value stored. A
 * derived figure that reads another derived figure reads the value its formula gives, so that
 * one wrong value is reported once, where it is.
 */
function checkFormulas(figures: Located<Figure>[], context: FigureContext, errors: DataError[]) {
  const byId = new Map(figures.map((f) => [f.value.id, f]))
  const allIds = new Set(context.allIds)
  const formulas = new Map<string, Formula>()
  for (const { line, value: f } of figures) {
    if (f.formula === '') continue
    let formula: Formula
    try {
      formula = parseFormula(f.formula)
    } catch (error) {
      if (!(error instanceof FormulaSyntaxError)) throw error
      errors.push({ file, line, field: 'formula', message: `"${f.formula}": ${error.message}` })
      continue
    }
    const unknown = formulaIds(formula).filter((id) => !allIds.has(id))
    for (const id of new Set(unknown)) {
      errors.push({
        file,
        line,
        field: 'formula',
        message: `"${id}" is not a figure id in figures.csv${joinedHint(id, allIds)}`,
      })
    }
    if (unknown.length === 0) formulas.set(f.id, formula)
  }

  const inCycle = reportCycles(formulas, byId, errors)

  // Worked out from the stated values up; undefined where an operand cannot be (a broken row,
  // a bad formula, a cycle): those are reported already.
  const computed = new Map<string, number | undefined>()
  const compute = (id: string): number | undefined => {
    if (computed.has(id)) return computed.get(id)
    const row = byId.get(id)?.value
    const formula = formulas.get(id)
    let value: number | undefined
    if (row && row.formula === '') value = row.value
    else if (row && formula && !inCycle.has(id)) {
      const operands = formulaIds(formula).map(compute)
      const { regions } = context
      if (operands.every((v) => v !== undefined) && (regions || !countsRegions(formula)))
        value = evaluateFormula(formula, {
          value: (operand) => compute(operand) ?? Number.NaN,
          regions: regions ?? [],
        })
    }
    computed.set(id, value)
    return value
  }

  for (const { line, value: f } of figures) {
    if (!formulas.has(f.id)) continue
    const value = compute(f.id)
    if (value === undefined) continue
    if (!Number.isFinite(value)) {
      errors.push({
        file,
        line,
        field: 'formula',
        message: `"${f.formula}" gives ${value} (a division by zero)`,
      })
    } else if (!sameValue(f.value, value)) {
      errors.push({
        file,
        line,
        field: 'value',
        message: `${f.value} is not what its formula gives: ${f.formula} = ${shown(value)}; write ${shown(value)}`,
      })
    }
  }
}

/** `100-age-80s-share` reads as one id: say so when it splits into a number or ids at a hyphen. */
function joinedHint(word: string, ids: Set<string>): string {
  const known = (part: string) => ids.has(part) || /^\d+(?:\.\d+)?$/.test(part)
  for (let at = word.indexOf('-'); at >= 0; at = word.indexOf('-', at + 1)) {
    if (known(word.slice(0, at)) && known(word.slice(at + 1)))
      return `; put spaces around the minus: ${word.slice(0, at)} - ${word.slice(at + 1)}`
  }
  return ''
}

/** Reports each cycle of formulas once, at the first of its figures in the file; returns their ids. */
function reportCycles(
  formulas: Map<string, Formula>,
  byId: Map<string, Located<Figure>>,
  errors: DataError[],
): Set<string> {
  const inCycle = new Set<string>()
  const done = new Set<string>()
  const path: string[] = []
  const visit = (id: string) => {
    if (done.has(id)) return
    const start = path.indexOf(id)
    if (start >= 0) {
      const cycle = path.slice(start)
      for (const member of cycle) inCycle.add(member)
      const first = [...cycle].sort(
        (a, b) => (byId.get(a)?.line ?? 0) - (byId.get(b)?.line ?? 0),
      )[0] as string
      const from = cycle.indexOf(first)
      const loop = [...cycle.slice(from), ...cycle.slice(0, from), first]
      errors.push({
        file,
        line: byId.get(first)?.line,
        field: 'formula',
        message: `the formulas of ${loop.join(' → ')} form a cycle: no value can be worked out`,
      })
      return
    }
    const formula = formulas.get(id)
    if (!formula) return
    path.push(id)
    for (const operand of new Set(formulaIds(formula))) visit(operand)
    path.pop()
    done.add(id)
  }
  for (const id of formulas.keys()) visit(id)
  // A figure that reads a figure in a cycle cannot be worked out either.
  let grew = true
  while (grew) {
    grew = false
    for (const [id, formula] of formulas)
      if (!inCycle.has(id) && formulaIds(formula).some((o) => inCycle.has(o))) {
        inCycle.add(id)
        grew = true
      }
  }
  return inCycle
}

/**
 * A stated figure stands in its sentence as the article writes it (7.5亿笔, 90%, 第一), with
 * its qualifier's word right next to it (超7.5亿笔, 90%以上), or with none if it is exact.
 */
function checkWording(figures: Located<Figure>[], context: FigureContext, errors: DataError[]) {
  for (const { line, value: f } of figures) {
    if (f.derived) continue
    const sentence = context.sentences.get(f.sentence)
    if (!sentence) continue
    const where = `the sentence "${f.sentence}" (data/article.zh.md line ${sentence.line})`
    const found = findWording(sentence.text, f)
    if (found.length === 0) {
      const wordings = zhWordings(f).map((w) => `${w.number}${w.units[0] ?? ''}`)
      errors.push({
        file,
        line,
        field: 'value',
        message: `${where} does not write ${f.value} (${f.unit}) as ${wordings.join(' or ')}; check the value and the unit`,
      })
      continue
    }
    if (found.some((o) => hasQualifier(o, f.qualifier))) continue
    const [first] = found
    if (!first) continue
    const says = qualifierOf(first)
    const words = qualifierWords(f.qualifier)
    const wanted = [...words.before, ...words.after].join(', ')
    errors.push({
      file,
      line,
      field: 'qualifier',
      message:
        f.qualifier === 'exact'
          ? `${where} writes "${first.text}" with a qualifier word (${says}), not as an exact figure; set the qualifier to ${says}`
          : `${where} writes "${first.text}" without ${wanted} right next to it, as qualifier ${f.qualifier} needs${says === 'exact' ? '' : ` (it reads as ${says})`}`,
    })
  }
}
