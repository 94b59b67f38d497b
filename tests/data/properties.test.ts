import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

// Hundreds of whole-report parses per test: more than the default 5 s on a slow machine.
const slow = 60_000

import type { DataError } from '../../src/data/errors'
import { type DataFileName, dataFileNames } from '../../src/data/files'
import { parseReport } from '../../src/data/report'
import { readDataFiles } from '../realData'

const real = readDataFiles()

/** Problems that concern a whole file (or a missing part of it), so they have no line. */
const wholeFile = [
  /^the file is empty/,
  /^the file has a header but no rows$/,
  /^the file is not text/,
  /^the article has no sentences$/,
  /has no translation; add it/,
  /^is not valid JSON/,
  /^Invalid input: expected object/,
]

/** Every error names a data file and says something; a line, when given, is in the file. */
function expectLocated(errors: DataError[], files: Record<DataFileName, string>) {
  for (const e of errors) {
    const name = e.file.replace(/^data\//, '') as DataFileName
    expect(dataFileNames).toContain(name)
    expect(e.message.trim()).not.toBe('')
    const lines = files[name].split(/\r\n|\r|\n/).length
    if (e.line !== undefined) {
      expect(Number.isInteger(e.line)).toBe(true)
      expect(e.line).toBeGreaterThanOrEqual(1)
      expect(e.line).toBeLessThanOrEqual(lines)
    } else if (name !== 'report.json') {
      // report.json may miss a key altogether; the other files' problems sit on a line.
      expect(
        wholeFile.some((p) => p.test(e.message)),
        `${e.file}: ${e.message}`,
      ).toBe(true)
    }
  }
}

function check(files: Record<DataFileName, string>) {
  const load = parseReport(files)
  expectLocated(load.errors, files)
  // A report is given exactly when there is no error.
  expect(load.report === null).toBe(load.errors.length > 0)
}

const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc
    .array(
      fc.constantFrom(
        'id',
        ',',
        '"',
        '\n',
        '\r\n',
        '{#',
        '}',
        '[',
        ']{',
        '## ',
        '<!--',
        '-->',
        'a-b',
        '7.5亿',
        ' ',
        '\uFEFF',
        '\u0000',
        '{',
        ':',
        'true',
      ),
      { maxLength: 80 },
    )
    .map((parts) => parts.join('')),
)

describe('any text in place of any data file never throws past parseReport', () => {
  it.each(dataFileNames)(
    '%s',
    (name) => {
      fc.assert(
        fc.property(anyText, (text) => {
          check({ ...real, [name]: text })
        }),
        { numRuns: 80 },
      )
    },
    slow,
  )
})

/** One edit of a real file: the kinds of slips a person makes by hand, and worse. */
const mutation = (text: string) => {
  const at = fc.nat({ max: text.length })
  return fc.oneof(
    fc
      .tuple(at, fc.nat({ max: 200 }))
      .map(([from, n]) => text.slice(0, from) + text.slice(from + n)),
    fc.tuple(at, anyText).map(([from, s]) => text.slice(0, from) + s + text.slice(from)),
    fc
      .tuple(at, fc.constantFrom(',', '"', '\n', '\r', '\u0000', '\uFEFF', '{', '}', '%', '-'))
      .map(([from, c]) => text.slice(0, from) + c + text.slice(from + 1)),
    fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => {
      const lines = text.split('\n')
      const i = a % lines.length
      const j = b % lines.length
      ;[lines[i], lines[j]] = [lines[j] ?? '', lines[i] ?? '']
      return lines.join('\n')
    }),
    fc.nat().map((a) => {
      const lines = text.split('\n')
      const i = a % lines.length
      return [...lines.slice(0, i + 1), ...lines.slice(i)].join('\n')
    }),
  )
}

describe('mutations of the real files always give located errors', () => {
  it.each(dataFileNames)(
    '%s',
    (name) => {
      fc.assert(
        fc.property(fc.array(mutation(real[name]), { minLength: 1, maxLength: 1 }), ([text]) => {
          check({ ...real, [name]: text ?? '' })
        }),
        { numRuns: 200 },
      )
    },
    slow,
  )

  it(
    'two files broken at once',
    () => {
      fc.assert(
        fc.property(mutation(real['figures.csv']), mutation(real['article.zh.md']), (f, a) => {
          check({ ...real, 'figures.csv': f, 'article.zh.md': a })
        }),
        { numRuns: 80 },
      )
    },
    slow,
  )
})

describe('a bad value is reported on its own line and field', () => {
  const lines = real['figures.csv'].split('\n')
  it(
    'any non-number in any row of figures.csv',
    () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 1, max: lines.length - 1 }).filter((i) => (lines[i] ?? '') !== ''),
          fc
            .string({ minLength: 1, maxLength: 20 })
            .filter((s) => !/[",\r\n]/.test(s) && !Number.isFinite(Number(s.trim()))),
          (row, bad) => {
            // The value is the 5th cell; the cells before it never hold commas or quotes.
            const cells = (lines[row] ?? '').split(',')
            cells[4] = bad
            const text = [...lines.slice(0, row), cells.join(','), ...lines.slice(row + 1)].join(
              '\n',
            )
            const { errors, report } = parseReport({ ...real, 'figures.csv': text })
            expect(report).toBeNull()
            expect(errors).toContainEqual(
              expect.objectContaining({ file: 'data/figures.csv', line: row + 1, field: 'value' }),
            )
          },
        ),
        { numRuns: 200 },
      )
    },
    slow,
  )
})

/**
 * Valid edits of the stated figures that the formulas read. The sentence is edited with them, so
 * that the edited value still stands in it (the wording rule holds) and only the formula rule is
 * put to the test. The derived values are recomputed here by plain arithmetic, not by the loader.
 */
describe('derived values are computed, not typed', () => {
  const lines = real['figures.csv'].split('\n')
  const lineOf = (id: string) => lines.findIndex((l) => l.startsWith(`${id},`)) + 1
  const setValue = (text: string, id: string, value: number) =>
    text
      .split('\n')
      .map((l) => {
        if (!l.startsWith(`${id},`)) return l
        const cells = l.split(',')
        cells[4] = String(value)
        return cells.join(',')
      })
      .join('\n')
  const setLink = (text: string, id: string, wording: string) =>
    text.replace(new RegExp(`\\[[^\\]]*\\]\\{${id}\\}`), `[${wording}]{${id}}`)

  // Shares of the 80后 and 70后, the lead of the 70后 over the 90后, the off-hours share in tenths;
  // valid when the remaining shares are not negative.
  const edit = fc
    .record({
      s80: fc.integer({ min: 0, max: 100 }),
      s70: fc.integer({ min: 0, max: 100 }),
      lead: fc.integer({ min: 0, max: 100 }),
      offTenths: fc.integer({ min: 0, max: 1000 }),
    })
    .filter(({ s80, s70, lead }) => lead <= s70 && s80 + 2 * s70 - lead <= 100)

  it(
    'check-data fails on exactly the derived rows whose value changed, and passes once they are recomputed',
    () => {
      fc.assert(
        fc.property(edit, ({ s80, s70, lead, offTenths }) => {
          const off = offTenths / 10
          let figures = real['figures.csv']
          figures = setValue(figures, 'age-80s-share', s80)
          figures = setValue(figures, 'age-70s-share', s70)
          figures = setValue(figures, 'age-70s-lead', lead)
          figures = setValue(figures, 'off-hours-share', off)
          let article = real['article.zh.md']
          article = setLink(article, 'age-80s-share', `${s80}%`)
          article = setLink(article, 'age-70s-share', `${s70}%`)
          article = setLink(article, 'age-70s-lead', `${lead}个百分点`)
          article = setLink(article, 'off-hours-share', `${off}%`)

          const derived = {
            'age-90s-share': s70 - lead,
            'age-other-share': 100 - s80 - s70 - (s70 - lead),
            'working-hours-share': (1000 - offTenths) / 10,
          }
          const stored = { 'age-90s-share': 24, 'age-other-share': 18, 'working-hours-share': 58.8 }
          const changed = Object.entries(derived)
            .filter(([id, value]) => stored[id as keyof typeof stored] !== value)
            .map(([id]) => lineOf(id))

          // Until recomputed, the old derived values may also push a topic's shares past 100:
          // that is reported on the topic's last share, a derived row, changed or not.
          const overfull = [
            s80 + s70 + stored['age-90s-share'] + stored['age-other-share'] > 100
              ? [lineOf('age-other-share')]
              : [],
            off + stored['working-hours-share'] > 100 ? [lineOf('working-hours-share')] : [],
          ].flat()

          const before = parseReport({ ...real, 'figures.csv': figures, 'article.zh.md': article })
          // An error on each derived row whose value changed, and nowhere else.
          expect(new Set(before.errors.map((e) => e.line))).toEqual(
            new Set([...changed, ...overfull]),
          )
          for (const e of before.errors) expect(e.file).toBe('data/figures.csv')
          for (const line of changed)
            expect(before.errors).toContainEqual(
              expect.objectContaining({
                line,
                field: 'value',
                message: expect.stringMatching(/is not what its formula gives/),
              }),
            )
          expect(before.report === null).toBe(changed.length + overfull.length > 0)

          for (const [id, value] of Object.entries(derived)) figures = setValue(figures, id, value)
          const after = parseReport({ ...real, 'figures.csv': figures, 'article.zh.md': article })
          expect(after.errors).toEqual([])
        }),
        { numRuns: 150 },
      )
    },
    slow,
  )
})
