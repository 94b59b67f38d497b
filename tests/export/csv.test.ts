import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { charts } from '../../src/charts/registry'
import { allDataCsv, chartCsv, formulaPattern, toCsv } from '../../src/export/csv'
import { allDataId, downloadFileName } from '../../src/export/downloadFiles'
import { realReport } from '../realData'
import { readCsv, recordEnds } from './rfc4180'

const dataFile = (name: string) =>
  readFileSync(resolve(import.meta.dirname, '../../data', name), 'utf8')

/** The cells of a one-column CSV with header `c`, read back by the test's own reader. */
const cellsOf = (csv: string) =>
  readCsv(csv.slice(1))
    .slice(1)
    .map((r) => r[0])

describe('toCsv', () => {
  it('starts with a UTF-8 byte order mark and ends every record with CRLF', () => {
    const csv = toCsv(
      ['a', 'b'],
      [
        ['甲', 1],
        ['乙', 2],
      ],
    )
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    expect([...Buffer.from(csv, 'utf8').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(recordEnds(csv)).toEqual(['crlf', 'crlf'])
    expect(csv.slice(1)).toBe('a,b\r\n甲,1\r\n乙,2')
  })

  it.each([
    ['a comma', '1,2', '"1,2"'],
    ['a quote', 'say "hi"', '"say ""hi"""'],
    ['a line break', 'one\ntwo', '"one\ntwo"'],
    ['a CRLF', 'one\r\ntwo', '"one\r\ntwo"'],
    ['plain text', '超7.5亿笔', '超7.5亿笔'],
  ])('quotes a cell with %s only where needed', (_, cell, written) => {
    const csv = toCsv(['c'], [[cell]])
    expect(csv.slice(1)).toBe(`c\r\n${written}`)
    expect(cellsOf(csv)).toEqual([cell])
  })

  it.each([
    ['=', '=HYPERLINK("http://x","y")'],
    ['+', '+1+1'],
    ['-', '-2+3'],
    ['@', '@SUM(A1:A2)'],
    ['tab', '\t=1+1'],
    ['carriage return', '\r=1+1'],
  ])('escapes a text cell starting with %s so that it arrives as text', (_, cell) => {
    const [read] = cellsOf(toCsv(['c'], [[cell]]))
    expect(read).toBe(`'${cell}`)
  })

  it('escapes a formula cell that holds a line break, which papaparse’s default pattern misses', () => {
    const cell = '=1+1\n=2+2'
    // The default (escapeFormulae: true) lets it through: the reason for our own pattern.
    const naive = Papa.unparse({ fields: ['c'], data: [[cell]] }, { escapeFormulae: true })
    expect(readCsv(naive)[1]?.[0]).toBe(cell)
    expect(cellsOf(toCsv(['c'], [[cell]]))).toEqual([`'${cell}`])
    expect(formulaPattern.test('-\n1')).toBe(true)
  })

  it('keeps a multi-line text cell whole and unescaped', () => {
    const cell = '第一行\r\n第二行, "引号"\n第三行'
    const csv = toCsv(['c', 'd'], [[cell, 1]])
    expect(readCsv(csv.slice(1))).toEqual([
      ['c', 'd'],
      [cell, '1'],
    ])
  })

  it.each([
    [-5, '-5'],
    [0, '0'],
    [750000000, '750000000'],
    [41.2, '41.2'],
    [-0.5, '-0.5'],
    [true, 'true'],
    [false, 'false'],
    [null, ''],
  ])('writes %s as it is: numbers stay numbers, a negative number is no formula', (value, text) => {
    expect(toCsv(['c'], [[value]]).slice(1)).toBe(`c\r\n${text}`)
  })

  it('escapes text that only looks like a negative number', () => {
    expect(cellsOf(toCsv(['c'], [['-5']]))).toEqual(["'-5"])
  })
})

describe('the all-data CSV', () => {
  const source = readCsv(dataFile('figures.csv').replace(/^\uFEFF/, '')).filter((r) => r.length > 1)
  const [sourceHeader = [], ...sourceRows] = source
  const csv = allDataCsv(realReport())
  const [header = [], ...rows] = readCsv(csv.slice(1))

  it('has the exact figures.csv columns, then sentence_text and source_url', () => {
    expect(sourceHeader.join(',')).toBe(
      'id,topic,label_zh,label_en,value,unit,qualifier,derived,sentence,note,formula',
    )
    expect(header).toEqual([...sourceHeader, 'sentence_text', 'source_url'])
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    expect(new Set(recordEnds(csv))).toEqual(new Set(['crlf']))
  })

  it('holds every row of figures.csv, cell for cell, in file order', () => {
    expect(rows).toHaveLength(23)
    expect(rows.map((r) => r.slice(0, sourceHeader.length))).toEqual(sourceRows)
  })

  it('gives each figure the text of its sentence and the article’s link', () => {
    const article = dataFile('article.zh.md')
    const sourceUrl = JSON.parse(dataFile('report.json')).sourceUrl
    for (const row of rows) {
      const sentenceId = row[sourceHeader.indexOf('sentence')]
      const line = article.split('\n').find((l) => l.startsWith(`{#${sentenceId}} `)) ?? ''
      const text = line.replace(/^\{#[^}]+\}\s*/, '').replace(/\[([^\]]+)\]\{[^}]+\}/g, '$1')
      expect(text).not.toBe('')
      expect(row.at(-2)).toBe(text.trim())
      expect(row.at(-1)).toBe(sourceUrl)
    }
  })

  it('is named in ASCII', () => {
    expect(downloadFileName(allDataId, 'en', 'csv')).toBe('wechat-social-security-2021-all.csv')
    expect(downloadFileName('annual-payments', 'zh', 'csv')).toBe(
      'wechat-social-security-2021-annual-payments.csv',
    )
  })
})

describe.each(charts.map((c) => [c.id, c] as const))('the CSV of chart %s', (_, spec) => {
  const report = realReport()
  const [header = [], ...rows] = readCsv(chartCsv(spec, report).slice(1))

  it('has the column keys as header and one record per row, with the columns’ values', () => {
    expect(header).toEqual(spec.columns.map((c) => c.key))
    const specRows = spec.rows(report)
    expect(rows).toHaveLength(specRows.length)
    rows.forEach((record, i) => {
      spec.columns.forEach((column, c) => {
        const value = column.value(specRows[i])
        expect(record[c]).toBe(value === null ? '' : String(value))
      })
    })
  })
})
