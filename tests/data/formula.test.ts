import { describe, expect, it } from 'vitest'
import {
  derivationText,
  evaluateFormula,
  FormulaSyntaxError,
  formulaIds,
  parseFormula,
} from '../../src/data/formula'
import { realReport } from '../realData'

const values: Record<string, number> = { a: 10, b: 4, 'age-70s-share': 26, 'x-2': 3 }
const evaluate = (text: string) =>
  evaluateFormula(parseFormula(text), { value: (id) => values[id] ?? Number.NaN, regions: [] })

describe('parseFormula and evaluateFormula: plain arithmetic over ids, no eval', () => {
  it.each([
    ['a - b', 6],
    ['100 - a - b', 86],
    ['a - b - 1', 5],
    ['a - (b - 1)', 7],
    ['a + b * 2', 18],
    ['(a + b) * 2', 28],
    ['a / b', 2.5],
    ['a × b ÷ 2', 20],
    ['a − b', 6],
    ['age-70s-share - x-2', 23],
    ['41.2', 41.2],
  ])('%s = %s', (text, result) => {
    expect(evaluate(text)).toBe(result)
  })

  it.each([
    ['', 'is empty'],
    ['a -', 'expected a number, a figure id or "(" at the end'],
    ['a b', 'expected an operator (+ − × ÷) at "b" (character 3)'],
    ['(a - b', 'expected ")" at the end'],
    ['a; process.exit()', '";" at character 2 is not arithmetic'],
    ['Math.max(a)', '"M" at character 1 is not arithmetic'],
    ['count(regions.name_en)', 'regions.csv has no role column "name_en"'],
  ])('refuses %j: %s', (text, message) => {
    expect(() => parseFormula(text)).toThrow(FormulaSyntaxError)
    expect(() => parseFormula(text)).toThrow(message)
  })

  it('reads ids joined by a minus without spaces as one id, which the check then names', () => {
    expect(formulaIds(parseFormula('100-a'))).toEqual(['100-a'])
    expect(formulaIds(parseFormula('100 - a - b + a'))).toEqual(['a', 'b', 'a'])
  })
})

describe('derivationText writes the arithmetic out from the formula', () => {
  const report = realReport()
  const text = (id: string, lang: 'zh' | 'en') => {
    const figure = report.figures.find((f) => f.id === id)
    if (!figure) throw new Error(id)
    return derivationText(figure, report, lang)
  }

  it.each([
    ['age-90s-share', 'zh', '推算：70后用户占比 − 70后领先90后 = 26% − 2个百分点 = 24%'],
    [
      'age-90s-share',
      'en',
      'Derived: share of users born in the 1970s − lead of the 1970s cohort over the 1990s cohort = 26% − 2 percentage points = 24%',
    ],
    [
      'age-other-share',
      'zh',
      '推算：100% − 80后用户占比 − 70后用户占比 − 90后用户占比 = 100% − 32% − 26% − 24% = 18%',
    ],
    [
      'working-hours-share',
      'en',
      'Derived: 100% − share of users paying outside working hours during the peak season = 100% − 41.2% = 58.8%',
    ],
    ['regions-opened-2021', 'zh', '推算：所列地区（内蒙古、宁夏、安徽、上海、深圳）的个数 = 5个'],
    [
      'regions-opened-2021',
      'en',
      'Derived: the number of regions listed (Inner Mongolia, Ningxia, Anhui, Shanghai, Shenzhen) = 5 regions',
    ],
    ['payments-2021', 'zh', ''],
  ] as const)('%s in %s', (id, lang, expected) => {
    expect(text(id, lang)).toBe(expected)
  })

  it('keeps the parentheses a formula needs, and no others', () => {
    const [base] = report.figures
    if (!base) throw new Error('no figures')
    const derived = (formula: string) =>
      derivationText({ ...base, derived: true, formula, unit: 'percent' }, report, 'zh').split(
        ' = ',
      )[1]
    expect(derived('100 - (age-80s-share + age-70s-share)')).toBe('100% − (32% + 26%)')
    expect(derived('(100 - age-80s-share) - age-70s-share')).toBe('100% − 32% − 26%')
    expect(derived('age-80s-share * 2')).toBe('32% × 2')
  })
})
