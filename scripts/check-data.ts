// Checks data/ with the same parser the page uses; prints every problem, exits 1 on any.
import { readFileSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import { type DataError, formatDataError } from '../src/data/errors.ts'
import { type DataFiles, dataFileNames, dataPath, maxDataFileBytes } from '../src/data/files.ts'
import { parseReport } from '../src/data/report.ts'

const dir = resolve(process.argv[2] ?? 'data')
const unreadable: DataError[] = []
const files = Object.fromEntries(
  dataFileNames.map((name) => {
    try {
      const size = statSync(resolve(dir, name)).size
      if (size > maxDataFileBytes)
        throw new Error(`is ${size} bytes, more than the ${maxDataFileBytes} allowed`)
      return [name, readFileSync(resolve(dir, name), 'utf8')]
    } catch (error) {
      unreadable.push({ file: dataPath(name), message: (error as Error).message })
      return [name, '']
    }
  }),
) as DataFiles

const { report, errors } = unreadable.length
  ? { report: null, errors: unreadable }
  : parseReport(files)
for (const error of errors) console.error(formatDataError(error))
if (!report) {
  console.error(`\n${errors.length} problem${errors.length === 1 ? '' : 's'} in ${dir}`)
  process.exit(1)
}
console.log(`data ok: ${report.figures.length} figures, ${report.regions.length} regions (${dir})`)
