// Checks data/ with the same parser the page uses; prints every problem, exits 1 on any.
import { readFileSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import { checkDataPackage } from '../src/data/dataPackage.ts'
import { type DataError, formatDataError } from '../src/data/errors.ts'
import {
  type DataFiles,
  dataFileNames,
  dataPackageFileName,
  dataPath,
  maxDataFileBytes,
} from '../src/data/files.ts'
import { parseReport } from '../src/data/report.ts'

const dir = resolve(process.argv[2] ?? 'data')
const unreadable: DataError[] = []
function read(name: (typeof dataFileNames)[number] | typeof dataPackageFileName): string {
  try {
    const size = statSync(resolve(dir, name)).size
    if (size > maxDataFileBytes)
      throw new Error(`is ${size} bytes, more than the ${maxDataFileBytes} allowed`)
    return readFileSync(resolve(dir, name), 'utf8')
  } catch (error) {
    unreadable.push({ file: dataPath(name), message: (error as Error).message })
    return ''
  }
}
const files = Object.fromEntries(dataFileNames.map((name) => [name, read(name)])) as DataFiles
// The package is not the page's: it is checked against the files it describes.
const dataPackage = read(dataPackageFileName)

const { report, errors } = unreadable.length
  ? { report: null, errors: unreadable }
  : parseReport(files)
if (!unreadable.length) errors.push(...checkDataPackage(dataPackage, files))
for (const error of errors) console.error(formatDataError(error))
if (!report || errors.length) {
  console.error(`\n${errors.length} problem${errors.length === 1 ? '' : 's'} in ${dir}`)
  process.exit(1)
}
console.log(
  `data ok: ${report.figures.length} figures, ${report.regions.length} regions, described by ${dataPackageFileName} (${dir})`,
)
