// The alignment of the two editions of the article: the English is the Chinese, sentence for
// sentence, with the same ids, headings, paragraphs and figure links.
import type { Article } from './article'
import type { DataError } from './errors'
import { dataPath } from './files'

/**
 * The English file is the Chinese one sentence for sentence: the same ids in the same order, the
 * same headings and paragraph breaks, and in each sentence links to the same figures.
 */
export function checkTranslation(zh: Article, en: Article, errors: DataError[]) {
  const file = dataPath('article.en.md')
  const zhFile = dataPath('article.zh.md')
  const zhUnits = articleLayout(zh)
  const enUnits = articleLayout(en)
  const zhOrder = [...zhUnits.keys()]
  for (const [id, unit] of enUnits) {
    if (!zhUnits.has(id)) {
      errors.push({
        file,
        line: unit.line,
        field: 'id',
        message: `"${id}" is not an id in ${zhFile}`,
      })
    }
  }
  zhOrder.forEach((id, i) => {
    if (enUnits.has(id)) return
    const before = zhOrder.slice(0, i).findLast((earlier) => enUnits.has(earlier))
    const place = before ? `after "${before}" (line ${enUnits.get(before)?.line})` : 'first'
    errors.push({
      file,
      field: 'id',
      message: `"${id}" (${zhFile} line ${zhUnits.get(id)?.line}) has no translation; add it ${place}`,
    })
  })

  // A sentence is out of order when the Chinese has it before the sentence it follows here.
  // Paragraphs are compared pairwise: a sentence shares a paragraph with the one before it in
  // both editions or in neither.
  let previous: string | undefined
  for (const [id, unit] of enUnits) {
    const original = zhUnits.get(id)
    if (!original) continue
    const before = previous === undefined ? undefined : zhUnits.get(previous)
    if (previous !== undefined && before && original.index < before.index) {
      errors.push({
        file,
        line: unit.line,
        field: 'id',
        message: `"${id}" is out of order: ${zhFile} has it before "${previous}"`,
      })
      continue
    }
    const enBefore = previous === undefined ? undefined : enUnits.get(previous)
    if (original.heading !== unit.heading) {
      errors.push({
        file,
        line: unit.line,
        field: 'id',
        message: original.heading
          ? `"${id}" is a heading in ${zhFile}; write it as "## {#${id}} …"`
          : `"${id}" is a sentence in ${zhFile}, not a heading; remove the "## "`,
      })
    } else if (before && enBefore) {
      const zhTogether = before.block === original.block
      if (zhTogether !== (enBefore.block === unit.block)) {
        errors.push({
          file,
          line: unit.line,
          field: 'id',
          message: zhTogether
            ? `"${id}" continues the paragraph of "${previous}" in ${zhFile}; remove the blank line before it`
            : `"${id}" starts a new paragraph in ${zhFile}; put a blank line before it`,
        })
      }
    }
    previous = id

    for (const ref of original.refs) {
      if (!unit.refs.has(ref)) {
        errors.push({
          file,
          line: unit.line,
          field: 'link',
          message: `"${id}" has no link to {${ref}}, which ${zhFile} line ${original.line} links; mark its translation as [text]{${ref}}`,
        })
      }
    }
    for (const ref of unit.refs) {
      if (!original.refs.has(ref)) {
        errors.push({
          file,
          line: unit.line,
          field: 'link',
          message: `"${id}" links to {${ref}}, which ${zhFile} line ${original.line} does not link`,
        })
      }
    }
  }
}

type UnitLayout = {
  line: number
  index: number
  block: number
  heading: boolean
  refs: Set<string>
}

/** Where each heading and sentence sits, and which figures it links, for aligning two editions. */
function articleLayout(article: Article): Map<string, UnitLayout> {
  const units = new Map<string, UnitLayout>()
  article.blocks.forEach((block, b) => {
    if (block.kind === 'heading') {
      const { id, line } = block
      units.set(id, { line, index: units.size, block: b, heading: true, refs: new Set() })
      return
    }
    for (const s of block.sentences) {
      const refs = new Set(s.segments.flatMap((segment) => segment.ref ?? []))
      units.set(s.id, { line: s.line, index: units.size, block: b, heading: false, refs })
    }
  })
  return units
}
