import { describe, expect, it } from 'vitest'
import { reportLoadOf, reportQueryState } from '../../src/data/queries'
import { parseReport } from '../../src/data/report'
import { readDataFiles } from '../realData'

/** What the report query does with a load: keep its state, write it as JSON, read it back. */
const shipAndRead = (load: ReturnType<typeof parseReport>) =>
  reportLoadOf(JSON.parse(JSON.stringify(reportQueryState(load))))

describe('the report query state, as the prerendered page ships it', () => {
  it('of a valid load is the report alone, and reads back as the same load', () => {
    const load = parseReport(readDataFiles())
    expect(load.report).not.toBeNull()
    expect(Object.keys(reportQueryState(load))).toEqual(['report'])
    const read = shipAndRead(load)
    expect(read).toEqual(load)
    expect(read.meta).toBe(read.report?.meta)
    expect(read.article).toBe(read.report?.article.zh)
  })

  it('writes the metadata and the Chinese article once', () => {
    const load = parseReport(readDataFiles())
    const json = JSON.stringify(reportQueryState(load))
    const once = (text: string) => json.split(text).length - 1
    expect(once(JSON.stringify(load.meta))).toBe(1)
    expect(once(JSON.stringify(load.article))).toBe(1)
  })

  it('keeps the metadata and article of a load with errors, where there is no report', () => {
    const files = readDataFiles()
    const load = parseReport({
      ...files,
      'figures.csv': files['figures.csv'].replace('750000000', 'x'),
    })
    expect(load.report).toBeNull()
    expect(load.meta).not.toBeNull()
    expect(load.article).not.toBeNull()
    expect(shipAndRead(load)).toEqual(load)
  })

  it('keeps a missing metadata or article as missing', () => {
    const files = readDataFiles()
    const load = parseReport({ ...files, 'report.json': '{', 'article.zh.md': '' })
    expect(load.meta).toBeNull()
    expect(load.article).toBeNull()
    expect(shipAndRead(load)).toEqual(load)
  })
})
