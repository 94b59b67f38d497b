// The arithmetic of a derived figure (figures.csv `formula`): read by a small hand-written
// parser, never by eval. Apart from the loader so that charts can write a formula out without
// loading the parser (zod, papaparse).
import { formatNumber, formatWithUnit } from '../i18n/format'
import type { Lang } from '../i18n/lang'
import type { Figure, Region } from './schema'

/** The region columns `count(regions.<column>)` may count: a role the article gives a region. */
export const countableRegionColumns = [
  'digital_upgrade',
  'mini_program_opened_2021',
  'mini_program_growth_rank',
  'away_order',
] as const
export type CountableRegionColumn = (typeof countableRegionColumns)[number]

/** A formula read into a tree: numbers, figure ids, the four operations, a count of regions. */
export type Formula =
  | { kind: 'number'; value: number }
  | { kind: 'id'; id: string }
  | { kind: 'count'; column: CountableRegionColumn }
  | { kind: 'operation'; op: Operator; left: Formula; right: Formula }

type Operator = '+' | '-' | '*' | '/'

/** `×` and `÷` and the minus sign are read as `*`, `/` and `-`, so a formula may be typed either way. */
const operatorAliases: Record<string, Operator> = {
  '+': '+',
  '-': '-',
  '−': '-',
  '*': '*',
  '×': '*',
  '/': '/',
  '÷': '/',
}

type Token =
  | { kind: 'number'; value: number; at: number }
  | { kind: 'id'; id: string; at: number }
  | { kind: 'op'; op: Operator; at: number }
  | { kind: 'count'; column: string; at: number }
  | { kind: '(' | ')' | 'end'; at: number }

// A word is an id or a number: ids may hold digits and hyphens (age-70s-share), so operators
// need spaces around them where they touch an id.
const wordPattern = /[a-z0-9.]+(?:-[a-z0-9.]+)*/y
const countPattern = /count\(\s*regions\.([a-z0-9_]+)\s*\)/y
const numberPattern = /^\d+(?:\.\d+)?$/
const idWordPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Why a formula cannot be read, in words that say where. */
export class FormulaSyntaxError extends Error {}

function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  let at = 0
  while (at < text.length) {
    const c = text[at] ?? ''
    if (/\s/.test(c)) {
      at++
      continue
    }
    const op = operatorAliases[c]
    if (op) {
      tokens.push({ kind: 'op', op, at })
      at++
      continue
    }
    if (c === '(' || c === ')') {
      tokens.push({ kind: c, at })
      at++
      continue
    }
    countPattern.lastIndex = at
    const count = countPattern.exec(text)
    if (count) {
      tokens.push({ kind: 'count', column: count[1] ?? '', at })
      at = countPattern.lastIndex
      continue
    }
    wordPattern.lastIndex = at
    const word = wordPattern.exec(text)?.[0]
    if (!word) throw new FormulaSyntaxError(`"${c}" at character ${at + 1} is not arithmetic`)
    if (numberPattern.test(word)) tokens.push({ kind: 'number', value: Number(word), at })
    else if (idWordPattern.test(word)) tokens.push({ kind: 'id', id: word, at })
    else throw new FormulaSyntaxError(`"${word}" is neither a number nor a figure id`)
    at += word.length
  }
  tokens.push({ kind: 'end', at })
  return tokens
}

/**
 * Reads `age-70s-share - age-70s-lead`, `100 - (a + b)`, `count(regions.mini_program_opened_2021)`:
 * numbers, figure ids, + − × ÷ (or + - * /), parentheses, and one function, the count of regions
 * the article gives a role. Throws FormulaSyntaxError saying what is wrong.
 */
export function parseFormula(text: string): Formula {
  const tokens = tokenize(text)
  let i = 0
  const peek = () => tokens[i] ?? { kind: 'end' as const, at: text.length }
  const describe = (t: ReturnType<typeof peek>) =>
    t.kind === 'end' ? 'the end' : `"${text.slice(t.at).split(/\s/)[0]}" (character ${t.at + 1})`

  // expression := term (("+" | "-") term)* ; term := factor (("*" | "/") factor)*
  const expression = (): Formula => {
    let left = term()
    for (let t = peek(); t.kind === 'op' && (t.op === '+' || t.op === '-'); t = peek()) {
      i++
      left = { kind: 'operation', op: t.op, left, right: term() }
    }
    return left
  }
  const term = (): Formula => {
    let left = factor()
    for (let t = peek(); t.kind === 'op' && (t.op === '*' || t.op === '/'); t = peek()) {
      i++
      left = { kind: 'operation', op: t.op, left, right: factor() }
    }
    return left
  }
  const factor = (): Formula => {
    const t = peek()
    i++
    if (t.kind === 'number') return { kind: 'number', value: t.value }
    if (t.kind === 'id') return { kind: 'id', id: t.id }
    if (t.kind === 'count') {
      const column = countableRegionColumns.find((c) => c === t.column)
      if (!column)
        throw new FormulaSyntaxError(
          `count(regions.${t.column}): regions.csv has no role column "${t.column}"; use one of ${countableRegionColumns.join(', ')}`,
        )
      return { kind: 'count', column }
    }
    if (t.kind === '(') {
      const inner = expression()
      if (peek().kind !== ')') throw new FormulaSyntaxError(`expected ")" at ${describe(peek())}`)
      i++
      return inner
    }
    throw new FormulaSyntaxError(`expected a number, a figure id or "(" at ${describe(t)}`)
  }

  if (peek().kind === 'end') throw new FormulaSyntaxError('is empty')
  const formula = expression()
  if (peek().kind !== 'end')
    throw new FormulaSyntaxError(`expected an operator (+ − × ÷) at ${describe(peek())}`)
  return formula
}

/** The figure ids a formula reads, in the order written. */
export function formulaIds(formula: Formula): string[] {
  switch (formula.kind) {
    case 'id':
      return [formula.id]
    case 'operation':
      return [...formulaIds(formula.left), ...formulaIds(formula.right)]
    default:
      return []
  }
}

/** What a formula's terms stand for when it is worked out. */
export type FormulaInputs = {
  value: (id: string) => number
  regions: readonly Region[]
}

/** The regions a count counts: those the article gives that role (a flag set, or a rank). */
export const countedRegions = (regions: readonly Region[], column: CountableRegionColumn) =>
  regions.filter((r) => r[column] !== false && r[column] !== null)

/** The formula worked out; NaN or ±Infinity where it divides by zero. */
export function evaluateFormula(formula: Formula, inputs: FormulaInputs): number {
  switch (formula.kind) {
    case 'number':
      return formula.value
    case 'id':
      return inputs.value(formula.id)
    case 'count':
      return countedRegions(inputs.regions, formula.column).length
    case 'operation': {
      const a = evaluateFormula(formula.left, inputs)
      const b = evaluateFormula(formula.right, inputs)
      if (formula.op === '+') return a + b
      if (formula.op === '-') return a - b
      if (formula.op === '*') return a * b
      return a / b
    }
  }
}

/** Stored and computed values agree up to float rounding: 1e-9 of the larger, or of 1. */
export const sameValue = (a: number, b: number) =>
  Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b))

const precedence: Record<Operator, number> = { '+': 1, '-': 1, '*': 2, '/': 2 }
const shownOperator: Record<Operator, string> = { '+': '+', '-': '−', '*': '×', '/': '÷' }

type Render = {
  id: (id: string) => string
  count: (column: CountableRegionColumn) => string
  /** A number written in a sum or a difference: it has the unit of what it is added to. */
  summand: (value: number) => string
  /** A number that multiplies or divides: a plain number. */
  factor: (value: number) => string
}

/** Writes a formula with the fewest parentheses that keep its meaning. */
function renderFormula(formula: Formula, render: Render, inSum = true): string {
  switch (formula.kind) {
    case 'number':
      return inSum ? render.summand(formula.value) : render.factor(formula.value)
    case 'id':
      return render.id(formula.id)
    case 'count':
      return render.count(formula.column)
    case 'operation': {
      const own = precedence[formula.op]
      const sum = own === 1
      const side = (child: Formula, right: boolean) => {
        const text = renderFormula(child, render, sum)
        if (child.kind !== 'operation') return text
        const inner = precedence[child.op]
        // a − (b − c) and a ÷ (b × c) keep their parentheses; (a + b) − c does not need them.
        const wrap =
          inner < own || (right && inner === own && (formula.op === '-' || formula.op === '/'))
        return wrap ? `(${text})` : text
      }
      return `${side(formula.left, false)} ${shownOperator[formula.op]} ${side(formula.right, true)}`
    }
  }
}

/** `Share of users born in the 1980s` → `share of users born in the 1980s`, inside a sentence. */
const midSentence = (label: string) =>
  /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label

const countWords: Record<Lang, (names: string[]) => string> = {
  zh: (names) => `所列地区（${names.join('、')}）的个数`,
  en: (names) => `the number of regions listed (${names.join(', ')})`,
}

/** What derivationText reads: the figures, and the regions a count counts. */
export type DerivationData = { figures: readonly Figure[]; regions: readonly Region[] }

/**
 * A derived figure's arithmetic written out from its formula, in words and in numbers:
 * `推算：70后用户占比 − 70后领先90后 = 26% − 2个百分点 = 24%` /
 * `Derived: share of users born in the 1970s − lead of … = 26% − 2 percentage points = 24%`.
 * Empty for a stated figure. Throws if the formula does not parse or names an unknown id
 * (the loader refuses such data, so a valid report never does).
 */
export function derivationText(figure: Figure, data: DerivationData, lang: Lang): string {
  if (!figure.derived || figure.formula === '') return ''
  const formula = parseFormula(figure.formula)
  const byId = new Map(data.figures.map((f) => [f.id, f]))
  const operand = (id: string) => {
    const f = byId.get(id)
    if (!f) throw new Error(`figures.csv has no figure "${id}" (formula of ${figure.id})`)
    return f
  }
  const names = (column: CountableRegionColumn) =>
    countedRegions(data.regions, column).map((r) => (lang === 'zh' ? r.name_zh : r.name_en))
  const asResult = (value: number) => formatWithUnit({ value, unit: figure.unit }, lang)
  const plain = (value: number) => formatNumber(value, lang)
  const words = renderFormula(formula, {
    id: (id) => (lang === 'zh' ? operand(id).label_zh : midSentence(operand(id).label_en)),
    count: (column) => countWords[lang](names(column)),
    summand: asResult,
    factor: plain,
  })
  const numbers = renderFormula(formula, {
    id: (id) => formatWithUnit(operand(id), lang),
    count: (column) => plain(names(column).length),
    summand: asResult,
    factor: plain,
  })
  const result = asResult(figure.value)
  // A formula of one term (a count) has no arithmetic to show between its words and its result.
  const steps = formula.kind === 'operation' ? [words, numbers, result] : [words, result]
  return `${lang === 'zh' ? '推算：' : 'Derived: '}${steps.join(' = ')}`
}
