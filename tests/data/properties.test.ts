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
