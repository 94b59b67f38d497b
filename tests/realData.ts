import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { type DataFiles, dataFileNames } from '../src/data/files'
import { parseReport, type Report } from '../src/data/report'

/** The text of every file in data/ (or another folder), as the page would fetch it. */
export function readDataFiles(dir = resolve(import.meta.dirname, '../data')): DataFiles {
  return Object.fromEntries(
    dataFileNames.map((n) => [n, readFileSync(resolve(dir, n), 'utf8')]),
  ) as DataFiles
}

/** The real report, through the real loader; throws with every problem if data/ is invalid. */
export function realReport(): Report {
  const { report, errors } = parseReport(readDataFiles())
  if (!report)
    throw new Error(`data/ is invalid:\n${errors.map((e) => JSON.stringify(e)).join('\n')}`)
  return report
}
