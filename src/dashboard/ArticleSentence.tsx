import { chartOfFigure } from '../charts/registry'
import type { Sentence } from '../data/article'

type Props = {
  sentence: Sentence
  highlighted: boolean
  onPoint: (figureId: string | null) => void
  onFollow: (figureId: string) => void
}

/** One sentence, its figures links to the chart that draws them. */
export function ArticleSentence({ sentence, highlighted, onPoint, onFollow }: Props) {
  return (
    <span
      id={`sentence-${sentence.id}`}
      tabIndex={-1}
      className={highlighted ? 'article-sentence article-sentence-highlighted' : 'article-sentence'}
    >
      {sentence.segments.map((segment, i) => {
        const chart = segment.ref ? chartOfFigure(segment.ref) : undefined
        const key = `${i}-${segment.text}`
        if (!segment.ref || !chart) return <span key={key}>{segment.text}</span>
        const ref = segment.ref
        return (
          <a
            key={key}
            href={`#${chart.id}`}
            className="figure-link"
            data-figure={ref}
            onMouseEnter={() => onPoint(ref)}
            onMouseLeave={() => onPoint(null)}
            onFocus={() => onPoint(ref)}
            onBlur={() => onPoint(null)}
            onClick={(event) => {
              event.preventDefault()
              onFollow(ref)
            }}
          >
            {segment.text}
          </a>
        )
      })}
    </span>
  )
}
