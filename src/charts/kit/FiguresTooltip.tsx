import type { Figure } from '../../data/schema'
import { formatBound, formatQuantity, type NumberMode } from '../../i18n/format'
import type { Lang } from '../../i18n/lang'
import { explainDerived } from './derived'

/** What Recharts gives a tooltip's content. */
type ContentProps = { active?: boolean }

type Options = {
  lang: Lang
  mode: NumberMode
  /** The article's sentences by id: each sentence that states one of the figures, once. */
  sentences: ReadonlyMap<string, string>
  /** The figures one mark shows together (the parts of a stacked bar), in order. */
  figures: readonly Figure[]
  /** A figure's name as the chart calls it. */
  nameOf?: (f: Figure) => string
}

/**
 * `<Tooltip content>` for a mark that shows several figures at once (a 100 % bar and its parts):
 * each figure in words with its qualifier and, for a derived one, its formula; then the article's
 * sentences that state them, each once. One figure per mark: kit/FigureTooltip.
 */
export function figuresTooltip({ lang, mode, sentences, figures, nameOf }: Options) {
  return ({ active }: ContentProps) => {
    if (!active || figures.length === 0) return null
    const quoted = [...new Set(figures.map((f) => f.sentence))]
      .map((id) => sentences.get(id))
      .filter((s): s is string => Boolean(s))
    return (
      <div className="chart-tooltip" data-tooltip-figure={figures.map((f) => f.id).join(' ')}>
        {figures.map((f) => {
          const bound = [
            formatBound(f.qualifier, lang),
            f.derived ? (lang === 'zh' ? '推算' : 'derived') : '',
          ]
            .filter(Boolean)
            .join(' · ')
          return (
            <div key={f.id} data-tooltip-part={f.id}>
              <strong>{nameOf ? nameOf(f) : lang === 'zh' ? f.label_zh : f.label_en}</strong>
              <div className="chart-tooltip-value">
                {formatQuantity(f, lang, { mode })}
                {bound ? ` · ${bound}` : ''}
              </div>
              {f.derived ? (
                <div className="chart-tooltip-note">{explainDerived(f, figures, lang)}</div>
              ) : null}
            </div>
          )
        })}
        {quoted.map((sentence) => (
          <blockquote key={sentence} className="chart-tooltip-sentence">
            {sentence}
          </blockquote>
        ))}
      </div>
    )
  }
}
