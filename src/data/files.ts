/** The files of `data/`, as the browser fetches them from `data/` next to the page. */
export const dataFileNames = [
  'report.json',
  'article.zh.md',
  'article.en.md',
  'figures.csv',
  'regions.csv',
] as const

export type DataFileName = (typeof dataFileNames)[number]

/** The text of every data file, by name. */
export type DataFiles = Record<DataFileName, string>

/** Larger files are refused before parsing, so a wrong upload cannot freeze the page. */
export const maxDataFileBytes = 1_000_000

/**
 * The Frictionless Data Package that describes figures.csv and regions.csv. The page does not
 * read it: the build ships it beside them, and check-data holds it to their headers.
 */
export const dataPackageFileName = 'datapackage.json'

export const dataPath = (name: DataFileName | typeof dataPackageFileName) => `data/${name}`
