import { Fragment } from 'react'
import type { AnyChartSpec } from '../charts/spec'
import type { ArticleBlock } from '../data/article'
import { useLang, useMessages } from '../i18n/LangContext'
import { ArticleSentence } from './ArticleSentence'

type Props = {
  blocks: readonly ArticleBlock[]
  charts: readonly AnyChartSpec[]
  /** Id of the sentence a chart card pointed back to. */
  sentence: string | null
  onPoint: (figureId: string | null) => void
  onFollow: (figureId: string) => void
  /** The Chinese text of each heading and sentence by id, shown after its translation. */
  original?: ReadonlyMap<string, { text: string }>
}

/** Subheadings and paragraphs of the article, built from its sentences as React elements. */
export function ArticleBlocks({ blocks, charts, sentence, onPoint, onFollow, original }: Props) {
  // Chinese runs sentences together; English puts a space between them.
  const gap = useLang() === 'zh' ? '' : ' '
  return (
    <>
      {blocks.map((block) =>
        block.kind === 'heading' ? (
          <Fragment key={block.id}>
            <h2 id={`sentence-${block.id}`} className="article-heading">
              {block.text}
            </h2>
            {original ? <Original ids={[block.id]} original={original} /> : null}
          </Fragment>
        ) : (
          <Fragment key={block.sentences[0]?.id}>
            <p className="article-paragraph">
              {block.sentences.map((s, i) => (
                <Fragment key={s.id}>
                  {i > 0 ? gap : null}
                  <ArticleSentence
                    charts={charts}
                    sentence={s}
                    highlighted={sentence === s.id}
                    onPoint={onPoint}
                    onFollow={onFollow}
                  />
                </Fragment>
              ))}
            </p>
            {original ? (
              <Original ids={block.sentences.map((s) => s.id)} original={original} />
            ) : null}
          </Fragment>
        ),
      )}
    </>
  )
}

/** The Chinese original of one heading or paragraph, as plain text marked as Chinese. */
function Original({
  ids,
  original,
}: {
  ids: readonly string[]
  original: ReadonlyMap<string, { text: string }>
}) {
  const t = useMessages()
  return (
    <blockquote className="article-original">
      <span className="visually-hidden">{t.originalOf}</span>
      <span lang="zh-CN">{ids.map((id) => original.get(id)?.text ?? '').join('')}</span>
    </blockquote>
  )
}
