import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkDataPackage } from '../../src/data/dataPackage'
import { formatDataError } from '../../src/data/errors'
import type { DataFileName } from '../../src/data/files'
import { parseReport } from '../../src/data/report'
import { readDataFiles } from '../realData'

const fixture = (name: string) =>
  readFileSync(resolve(import.meta.dirname, '../fixtures/broken', name), 'utf8')

/** The real data with one file replaced by a broken fixture; the messages about that file. */
function messagesFor(target: DataFileName, fixtureName: string): string[] {
  const { errors, report } = parseReport({ ...readDataFiles(), [target]: fixture(fixtureName) })
  expect(report).toBeNull()
  return errors.filter((e) => e.file === `data/${target}`).map(formatDataError)
}

describe('a broken figures.csv is reported with file, line, field and a fix', () => {
  it.each([
    [
      'figures-value-in-yi.csv',
      ['data/figures.csv line 2, value: "7.5亿" is not a number; write 750000000'],
    ],
    [
      'figures-value-with-percent.csv',
      ['data/figures.csv line 2, value: "41.2%" is not a number; write 41.2 with unit percent'],
    ],
    [
      'figures-unknown-unit.csv',
      [
        'data/figures.csv line 2, unit: "笔" is not one of payments, people, yuan, percent, percentage_points, regions, halls, hour_of_day, rank',
      ],
    ],
    [
      'figures-unknown-qualifier.csv',
      [
        'data/figures.csv line 2, qualifier: "超" is not one of exact, over, at_least, about, nearly',
      ],
    ],
    [
      'figures-duplicate-id.csv',
      ['data/figures.csv line 3, id: "payments-2021" is already used on line 2'],
    ],
    [
      'figures-unknown-sentence.csv',
      [
        'data/figures.csv line 2, sentence: "payments-2022" is not a sentence id in data/article.zh.md',
      ],
    ],
    [
      'figures-shares-over-100.csv',
      ['data/figures.csv line 4, value: the shares of topic "age" add up to 132, more than 100'],
    ],
    [
      'figures-derived-without-formula.csv',
      [
        'data/figures.csv line 2, formula: a derived figure needs its formula here, e.g. age-70s-share - age-70s-lead',
      ],
    ],
    [
      'figures-rank-gap.csv',
      [
        'data/figures.csv line 3, value: the ranks of topic "age" must run 1, 2, 3 … without gaps or repeats; found 3 where 2 belongs',
      ],
    ],
    [
      'figures-wrong-header.csv',
      [
        'data/figures.csv line 1: the header must be exactly id,topic,label_zh,label_en,value,unit,qualifier,derived,sentence,note,formula (missing label_en; unknown extra)',
      ],
    ],
    [
      'figures-empty.csv',
      [
        'data/figures.csv: the file is empty; it needs the header id,topic,label_zh,label_en,value,unit,qualifier,derived,sentence,note,formula',
      ],
    ],
    ['figures-header-only.csv', ['data/figures.csv: the file has a header but no rows']],
    [
      'figures-extra-cell.csv',
      [
        'data/figures.csv line 2: has 12 cells, the header has 11 (a comma inside a cell needs "quotes")',
      ],
    ],
    ['figures-binary.csv', ['data/figures.csv: the file is not text (it contains NUL bytes)']],
    [
      'figures-multiline-cell.csv',
      [
        'data/figures.csv line 4, value: "thirty" is not a number; write plain digits in base units, e.g. 750000000',
      ],
    ],
  ])('%s', (name, expected) => {
    expect(messagesFor('figures.csv', name)).toEqual(expected)
  })

  it.each([
    [
      'figures-derived-wrong-value.csv',
      [
        'data/figures.csv line 4, value: 25 is not what its formula gives: age-70s-share - age-70s-lead = 24; write 24',
      ],
    ],
    [
      'figures-formula-unknown-id.csv',
      ['data/figures.csv line 3, formula: "off-hour-share" is not a figure id in figures.csv'],
    ],
    [
      'figures-formula-cycle.csv',
      [
        'data/figures.csv line 3, formula: the formulas of age-90s-share → age-other-share → age-90s-share form a cycle: no value can be worked out',
      ],
    ],
    [
      'figures-value-not-in-sentence.csv',
      [
        'data/figures.csv line 2, value: the sentence "payments-2021" (data/article.zh.md line 24) does not write 532 (yuan) as 532元; check the value and the unit',
      ],
    ],
    [
      'figures-qualifier-word-missing.csv',
      [
        'data/figures.csv line 2, qualifier: the sentence "moved-2021" (data/article.zh.md line 42) writes "650万用户" without 超, 逾, 超过 right next to it, as qualifier over needs (it reads as nearly)',
      ],
    ],
  ])('a new rule: %s', (name, expected) => {
    expect(messagesFor('figures.csv', name)).toEqual(expected)
  })

  it('reports an unclosed quote at the line where the quote opens', () => {
    const messages = messagesFor('figures.csv', 'figures-unclosed-quote.csv')
    expect(messages[0]).toBe('data/figures.csv line 2: a quoted cell is never closed (missing ")')
  })

  it('reads a BOM, CRLF line ends and trailing blank lines as nothing special', () => {
    const { errors } = parseReport({
      ...readDataFiles(),
      'figures.csv': fixture('figures-bom-crlf-blank-lines.csv'),
    })
    expect(errors.filter((e) => e.file === 'data/figures.csv')).toEqual([])
  })
})

describe('broken regions, article and report files', () => {
  it('regions.csv: a taken tile, an unknown sentence, a broken order', () => {
    expect(messagesFor('regions.csv', 'regions-broken.csv')).toEqual([
      'data/regions.csv line 3, row: tile 5,4 is already taken by jiangxi',
      'data/regions.csv line 3, sentence_ids: "away-regionz" is not a sentence id in data/article.zh.md',
      'data/regions.csv line 3, away_order: the away_order must run 1, 2, 3 … without gaps or repeats; found 3 where 2 belongs',
    ])
  })

  it('regions.csv: a region without its English name or its tile code', () => {
    expect(messagesFor('regions.csv', 'regions-without-name-or-code.csv')).toEqual([
      'data/regions.csv line 2, name_en: is empty: every region needs its English name',
      'data/regions.csv line 3, code: is empty: every region needs its short English tile code, e.g. HLJ',
    ])
  })

  it('regions.csv: a role that is neither true nor empty', () => {
    expect(messagesFor('regions.csv', 'regions-bad-flag.csv')).toEqual([
      'data/regions.csv line 2, digital_upgrade: "yes" must be true or empty (not stated)',
    ])
  })

  it('article.zh.md: every malformed line, each with its line number', () => {
    expect(messagesFor('article.zh.md', 'article-broken.zh.md')).toEqual([
      'data/article.zh.md line 2: expected "{#id} sentence" or "## {#id} heading" (every sentence needs an id)',
      'data/article.zh.md line 3, id: "intro" is already used on line 1',
      'data/article.zh.md line 4, id: "Bad_Id" is not an id: use lower-case words joined by -',
      'data/article.zh.md line 5, link: "[超7.5亿笔]{Payments 2021}" does not name a figure id',
    ])
  })

  it('regions.csv: a role without the sentence that gives it', () => {
    expect(messagesFor('regions.csv', 'regions-role-without-sentence.csv')).toEqual([
      'data/regions.csv line 2, sentence_ids: henan has a role from the article but no sentence id saying so',
    ])
  })

  it('report.json: invalid JSON', () => {
    const [message] = messagesFor('report.json', 'report-invalid-json.json')
    expect(message).toMatch(/^data\/report\.json: is not valid JSON \(/)
  })

  it('report.json: every bad field with its line', () => {
    expect(messagesFor('report.json', 'report-bad-fields.json')).toEqual([
      'data/report.json line 2, reportName.en: is empty',
      'data/report.json line 7, published: must be a date and time with its offset, e.g. 2022-03-18T14:56:57+08:00',
      'data/report.json line 8, sourceUrl: must be an http(s) address',
    ])
  })
})

describe('datapackage.json agrees with the CSV files it describes', () => {
  it('the real package does', () => {
    const text = readFileSync(resolve(import.meta.dirname, '../../data/datapackage.json'), 'utf8')
    expect(checkDataPackage(text, readDataFiles())).toEqual([])
  })

  it('a package field that is not in the CSV header', () => {
    const errors = checkDataPackage(
      fixture('datapackage-field-not-in-header.json'),
      readDataFiles(),
    )
    expect(errors.map(formatDataError)).toEqual([
      'data/datapackage.json line 133, resources.0.schema.fields.10.name: "formla" is not a column of data/figures.csv (its header: id,topic,label_zh,label_en,value,unit,qualifier,derived,sentence,note,formula)',
      'data/datapackage.json line 28, resources.0.schema.fields: data/figures.csv has the column "formula", which the package does not describe',
    ])
  })
})
