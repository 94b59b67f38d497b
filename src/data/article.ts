import type { DataError } from './errors'

/** A run of sentence text; `ref` when the run is a figure linked to figures.csv or regions.csv. */
export type Segment = { text: string; ref?: string }

/** One sentence of the article, with the stable id that figures and links point at. */
export type Sentence = { id: string; text: string; segments: Segment[]; line: number }

/** The article as blocks: subheadings and paragraphs of sentences, in reading order. */
export type ArticleBlock =
  | { kind: 'heading'; id: string; text: string; line: number }
  | { kind: 'paragraph'; sentences: Sentence[] }

export type Article = { blocks: ArticleBlock[] }

/** Ids of sentences, figures and regions: lower-case words joined by -. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const unitPattern = /^(## )?\{#([^}]*)\}\s?(.*)$/
const linkPattern = /\[([^\]]+)\]\{([^}]*)\}/g

/** Splits `…缴费[超7.5亿笔]{payments-2021}，…` into plain runs and linked figures. */
export function parseSegments(body: string): Segment[] {
  const segments: Segment[] = []
  let at = 0
  for (const match of body.matchAll(linkPattern)) {
    if (match.index > at) segments.push({ text: body.slice(at, match.index) })
    segments.push({ text: match[1] ?? '', ref: match[2] ?? '' })
    at = match.index + match[0].length
  }
  if (at < body.length) segments.push({ text: body.slice(at) })
  return segments
}

/**
 * Reads the article format of `data/article.*.md`: `{#id} text` a sentence, adjacent sentences
 * one paragraph, `## {#id} text` a subheading, blank lines between paragraphs, `<!-- -->`
 * comments; inside a sentence `[text]{figure-id}` links a figure. Anything else is an error with its line.
 */
export function parseArticle(
  text: string,
  file: string,
): { article: Article; errors: DataError[] } {
  const errors: DataError[] = []
  const blocks: ArticleBlock[] = []
  const seen = new Map<string, number>()
  let paragraph: Sentence[] = []
  let inComment = false

  const endParagraph = () => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', sentences: paragraph })
    paragraph = []
  }

  const lines = (text.startsWith('\uFEFF') ? text.slice(1) : text).split(/\r?\n/)
  for (const [index, raw] of lines.entries()) {
    const line = index + 1
    const content = raw.trim()
    if (inComment || content.startsWith('<!--')) {
      inComment = !content.includes('-->')
      continue
    }
    if (content === '') {
      endParagraph()
      continue
    }

    const match = unitPattern.exec(content)
    if (!match) {
      errors.push({
        file,
        line,
        message: 'expected "{#id} sentence" or "## {#id} heading" (every sentence needs an id)',
      })
      continue
    }
    const [, heading, id = '', body = ''] = match
    if (!idPattern.test(id)) {
      errors.push({
        file,
        line,
        field: 'id',
        message: `"${id}" is not an id: use lower-case words joined by -`,
      })
      continue
    }
    const first = seen.get(id)
    if (first !== undefined) {
      errors.push({ file, line, field: 'id', message: `"${id}" is already used on line ${first}` })
      continue
    }
    seen.set(id, line)
    if (body.trim() === '') {
      errors.push({ file, line, field: 'text', message: `"${id}" has no text` })
      continue
    }
    const segments = parseSegments(body.trim())
    for (const s of segments) {
      if (s.ref !== undefined && !idPattern.test(s.ref)) {
        errors.push({
          file,
          line,
          field: 'link',
          message: `"[${s.text}]{${s.ref}}" does not name a figure id`,
        })
      }
    }
    const plain = segments.map((s) => s.text).join('')
    if (heading) {
      endParagraph()
      blocks.push({ kind: 'heading', id, text: plain, line })
    } else {
      paragraph.push({ id, text: plain, segments, line })
    }
  }
  endParagraph()
  if (blocks.length === 0 && errors.length === 0) {
    errors.push({ file, message: 'the article has no sentences' })
  }
  return { article: { blocks }, errors }
}

/** Every sentence and heading of an article by id, in reading order. */
export function articleUnits(
  article: Article,
): Map<string, { text: string; line: number; segments?: Segment[] }> {
  const units = new Map<string, { text: string; line: number; segments?: Segment[] }>()
  for (const block of article.blocks) {
    if (block.kind === 'heading') units.set(block.id, block)
    else for (const s of block.sentences) units.set(s.id, s)
  }
  return units
}
