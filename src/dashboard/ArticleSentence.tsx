import type { AnyChartSpec } from '../charts/spec'
import type { Sentence } from '../data/article'

type Props = {
  sentence: Sentence
  /** The charts on the page: a figure is a link only when one of them draws it. */
  charts: readonly AnyChartSpec[]
  highlighted: boolean
  onPoint: (figureId: string | null) => void
  onFollow: (figureId: string) => void
}

/** One sentence, its figures links to the chart that draws them. */
export function ArticleSentence({ sentence, charts, highlighted, onPoint, onFollow }: Props) {
  return (
    <span
      id={`sentence-${sentence.id}`}
      tabIndex={-1}
      className={highlighted ? 'article-sentence article-sentence-highlighted' : 'article-sentence'}
    >
      {sentence.segments.map((segment, i) => {
        const ref = segment.ref
        const chart = ref ? charts.find((c) => c.figureIds.includes(ref)) : undefined
        const key = `${i}-${segment.text}`
        if (!ref || !chart) return <span key={key}>{segment.text}</span>
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
