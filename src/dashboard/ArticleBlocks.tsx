import type { AnyChartSpec } from '../charts/spec'
import type { ArticleBlock } from '../data/article'
import { ArticleSentence } from './ArticleSentence'

type Props = {
  blocks: readonly ArticleBlock[]
  charts: readonly AnyChartSpec[]
  /** Id of the sentence a chart card pointed back to. */
  sentence: string | null
  onPoint: (figureId: string | null) => void
  onFollow: (figureId: string) => void
}

/** Subheadings and paragraphs of the article, built from its sentences as React elements. */
export function ArticleBlocks({ blocks, charts, sentence, onPoint, onFollow }: Props) {
  return (
    <>
      {blocks.map((block) =>
        block.kind === 'heading' ? (
          <h2 key={block.id} id={`sentence-${block.id}`} className="article-heading">
            {block.text}
          </h2>
        ) : (
          <p key={block.sentences[0]?.id} className="article-paragraph">
            {block.sentences.map((s) => (
              <ArticleSentence
                charts={charts}
                key={s.id}
                sentence={s}
                highlighted={sentence === s.id}
                onPoint={onPoint}
                onFollow={onFollow}
              />
            ))}
          </p>
        ),
      )}
    </>
  )
}
