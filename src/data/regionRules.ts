// The rules a regions.csv row must keep, alone and with the other rows and the article.
import type { DataError } from './errors'
import { dataPath } from './files'
import { checkRanks, type Located, uniqueIds } from './rules'
import type { Region } from './schema'

const file = dataPath('regions.csv')

export function checkRegions(
  regions: Located<Region>[],
  sentences: Map<string, unknown>,
  errors: DataError[],
) {
  uniqueIds(regions, file, errors)
  const tiles = new Map<string, string>()
  const codes = new Map<string, number>()
  for (const { line, value: r } of regions) {
    const tile = `${r.row},${r.col}`
    const other = tiles.get(tile)
    if (other)
      errors.push({
        file,
        line,
        field: 'row',
        message: `tile ${tile} is already taken by ${other}`,
      })
    tiles.set(tile, r.id)
    // The code is the tile's English label: two tiles with one label could not be told apart.
    const sameCode = codes.get(r.code)
    if (sameCode !== undefined)
      errors.push({
        file,
        line,
        field: 'code',
        message: `"${r.code}" is already the code on line ${sameCode}`,
      })
    else codes.set(r.code, line)
    for (const sentence of r.sentence_ids) {
      if (!sentences.has(sentence)) {
        errors.push({
          file,
          line,
          field: 'sentence_ids',
          message: `"${sentence}" is not a sentence id in data/article.zh.md`,
        })
      }
    }
    const stated =
      r.digital_upgrade ||
      r.mini_program_opened_2021 ||
      r.mini_program_growth_rank !== null ||
      r.away_order !== null
    if (stated && r.sentence_ids.length === 0) {
      errors.push({
        file,
        line,
        field: 'sentence_ids',
        message: `${r.id} has a role from the article but no sentence id saying so`,
      })
    }
  }
  for (const key of ['mini_program_growth_rank', 'away_order'] as const) {
    const ranked = regions.flatMap((r) =>
      r.value[key] === null ? [] : [{ line: r.line, rank: r.value[key] }],
    )
    checkRanks(ranked, key, file, key, errors)
  }
}
