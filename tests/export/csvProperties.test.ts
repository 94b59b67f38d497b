import fc from 'fast-check'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { formulaPattern, toCsv } from '../../src/export/csv'

/** Reads an exported file back as a spreadsheet would: BOM dropped, every cell as text. */
function reimport(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true)
  const parsed = Papa.parse<string[]>(csv.slice(1), {
    header: false,
    newline: '\r\n',
    delimiter: ',',
  })
  expect(parsed.errors).toEqual([])
  return parsed.data
}

/** What a text cell should read back as: itself, or itself behind a ' when it looks like a formula. */
const expected = (text: string) => (formulaPattern.test(text) ? `'${text}` : text)

const tricky = fc.constantFrom(
  '=',
  '+',
  '-',
  '@',
  '\t',
  '\r',
  '\n',
  '\r\n',
  '"',
  ',',
  "'",
  ' ',
  '\uFEFF',
  '亿',
)
const anyCell = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.array(fc.oneof(tricky, fc.string({ maxLength: 3 })), { maxLength: 12 }).map((p) => p.join('')),
)

describe('CSV export', () => {
  it('any text survives export and re-import as the same text (formula prefixes escaped)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((width) =>
          fc.tuple(
            fc.array(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 10 }), {
              minLength: width,
              maxLength: width,
            }),
            fc.array(fc.array(anyCell, { minLength: width, maxLength: width }), {
              minLength: 1,
              maxLength: 6,
            }),
          ),
        ),
        ([fields, rows]) => {
          const back = reimport(toCsv(fields, rows))
          expect(back[0]).toEqual(fields.map(expected))
          expect(back.slice(1)).toEqual(rows.map((row) => row.map(expected)))
        },
      ),
      { numRuns: 500 },
    )
  })

  it('no text cell read back starts a formula, multi-line cells included', () => {
    fc.assert(
      fc.property(fc.array(anyCell, { minLength: 1, maxLength: 8 }), (cells) => {
        const back = reimport(
          toCsv(
            ['a'],
            cells.map((c) => [c]),
          ),
        )
        for (const cell of back.slice(1).flat()) expect(formulaPattern.test(cell)).toBe(false)
      }),
      { numRuns: 300 },
    )
  })

  it('numbers and booleans are written as they are', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean()),
        (value) => {
          const back = reimport(toCsv(['v'], [[value]]))
          expect(back[1]).toEqual([String(value)])
        },
      ),
      { numRuns: 300 },
    )
  })
})
