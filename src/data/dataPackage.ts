// data/datapackage.json, the Frictionless Data Package that describes the CSV files: check-data
// holds it to the files it describes, so that the description cannot drift from the data.
import { z } from 'zod'
import type { DataError } from './errors'
import { type DataFiles, dataPackageFileName, dataPath } from './files'
import { qualifiers, regionKinds, units } from './schema'

const file = dataPath(dataPackageFileName)

const field = z.object({ name: z.string(), type: z.string(), description: z.string().min(1) })
const resource = z.object({
  name: z.string(),
  path: z.string(),
  schema: z.object({ fields: z.array(field.loose()), primaryKey: z.array(z.string()) }),
})
const packageSchema = z.object({
  name: z.string().min(1),
  title: z.string().min(1),
  titles: z.object({ zh: z.string().min(1), en: z.string().min(1) }),
  license_note: z.string().min(1),
  sources: z.array(z.object({ title: z.string(), path: z.string(), published: z.string() })).min(1),
  resources: z.array(resource.loose()),
})

/** The CSV files the package describes, and the enums their description must give. */
const described: Record<
  'figures.csv' | 'regions.csv',
  { enums: Record<string, readonly string[]> }
> = {
  'figures.csv': { enums: { unit: units, qualifier: qualifiers } },
  'regions.csv': { enums: { kind: regionKinds } },
}

/** The line a text first appears on at or after `from`, for errors with a place. */
function lineOf(text: string, needle: string, from = 0): number | undefined {
  const at = text.indexOf(needle, from)
  return at < 0 ? undefined : text.slice(0, at).split('\n').length
}

/** The header row of a CSV file as written (the loader checks it against its columns). */
const headerOf = (csv: string) =>
  (csv.replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '').split(',').map((h) => h.trim())

/**
 * Checks data/datapackage.json: it reads as a data package, its source is report.json's, and the
 * fields of each resource are the header of its CSV file, in order, with the enums of the schema.
 */
export function checkDataPackage(text: string, files: DataFiles): DataError[] {
  const errors: DataError[] = []
  let json: unknown
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    return [{ file, message: `is not valid JSON (${(error as Error).message})` }]
  }
  const parsed = packageSchema.safeParse(json)
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => ({
      file,
      line:
        typeof issue.path.at(-1) === 'string'
          ? lineOf(text, `"${String(issue.path.at(-1))}"`)
          : undefined,
      field: issue.path.join('.'),
      message: issue.message,
    }))
  }
  const pkg = parsed.data

  // The source is the article that report.json names.
  try {
    const meta = JSON.parse(files['report.json'].replace(/^\uFEFF/, '')) as Record<string, unknown>
    const [source] = pkg.sources
    for (const [key, value] of [
      ['path', meta.sourceUrl],
      ['published', meta.published],
    ] as const) {
      if (source && source[key] !== value)
        errors.push({
          file,
          line: lineOf(text, `"${key}"`, text.indexOf('"sources"')),
          field: `sources.0.${key}`,
          message: `"${source[key]}" is not report.json's ${key === 'path' ? 'sourceUrl' : 'published'} (${String(value)})`,
        })
    }
  } catch {
    // report.json's own errors are reported by the loader.
  }

  for (const [path, { enums }] of Object.entries(described)) {
    const index = pkg.resources.findIndex((r) => r.path === path)
    const res = pkg.resources[index]
    if (!res) {
      errors.push({ file, field: 'resources', message: `no resource has the path "${path}"` })
      continue
    }
    const start = text.indexOf(`"path": "${path}"`)
    const where = `resources.${index}.schema`
    const header = headerOf(files[path as keyof typeof described])
    const names = res.schema.fields.map((f) => f.name)
    res.schema.fields.forEach((f, i) => {
      const line = lineOf(text, `"name": "${f.name}"`, start)
      if (!header.includes(f.name))
        errors.push({
          file,
          line,
          field: `${where}.fields.${i}.name`,
          message: `"${f.name}" is not a column of data/${path} (its header: ${header.join(',')})`,
        })
      else if (header.indexOf(f.name) !== i && names.every((n) => header.includes(n)))
        errors.push({
          file,
          line,
          field: `${where}.fields.${i}.name`,
          message: `"${f.name}" is field ${i + 1} but column ${header.indexOf(f.name) + 1} of data/${path}: list the fields in the header's order`,
        })
      const enumValues = enums[f.name]
      const constraints = f.constraints as { enum?: unknown } | undefined
      if (enumValues && JSON.stringify(constraints?.enum) !== JSON.stringify(enumValues))
        errors.push({
          file,
          line,
          field: `${where}.fields.${i}.constraints.enum`,
          message: `the enum of "${f.name}" must be ${JSON.stringify(enumValues)}, as the loader reads it`,
        })
    })
    for (const column of header.filter((h) => !names.includes(h)))
      errors.push({
        file,
        line: lineOf(text, '"fields"', start),
        field: `${where}.fields`,
        message: `data/${path} has the column "${column}", which the package does not describe`,
      })
    if (res.schema.primaryKey.join(',') !== 'id')
      errors.push({
        file,
        line: lineOf(text, '"primaryKey"', start),
        field: `${where}.primaryKey`,
        message: 'the primary key is ["id"]',
      })
  }
  return errors
}
