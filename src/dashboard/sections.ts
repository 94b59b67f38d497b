import type { AnyChartSpec } from '../charts/spec'
import type { Article, ArticleBlock } from '../data/article'

/** A stretch of the article and the charts that illustrate its last paragraph. */
export type Section = { blocks: ArticleBlock[]; charts: AnyChartSpec[] }

/**
 * Cuts the article after each paragraph that holds a chart's first sentence, so that on a
 * phone every chart follows its paragraph and on a wide screen stands beside it.
 */
export function splitSections(article: Article, charts: readonly AnyChartSpec[]): Section[] {
  const sections: Section[] = []
  let blocks: ArticleBlock[] = []
  const placed = new Set<AnyChartSpec>()
  for (const block of article.blocks) {
    blocks.push(block)
    if (block.kind !== 'paragraph') continue
    const ids = new Set(block.sentences.map((s) => s.id))
    const here = charts.filter((c) => !placed.has(c) && ids.has(c.sentenceIds[0] ?? ''))
    if (here.length === 0) continue
    for (const c of here) placed.add(c)
    sections.push({ blocks, charts: here })
    blocks = []
  }
  // Charts whose sentence is not in this edition of the article still get shown, at the end.
  const rest = charts.filter((c) => !placed.has(c))
  if (blocks.length || rest.length) sections.push({ blocks, charts: rest })
  return sections
}
