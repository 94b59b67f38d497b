import type { ReactNode } from 'react'
import type { Figure } from '../../data/schema'
import { formatBound, formatQuantity, type NumberMode } from '../../i18n/format'
import type { Lang } from '../../i18n/lang'
import { explainDerived } from './derived'

/** What every tooltip is written with: the reader's language and digits, the article's sentences. */
export type TooltipOptions = {
  lang: Lang
  mode: NumberMode
  /** The article's sentences by id: a tooltip quotes the ones that state its figures. */
  sentences: ReadonlyMap<string, string>
}

/** The figure in words with its qualifier (超7.5亿笔 · 下限), and how a derived one is worked out. */
function FigureWords({
  figure: f,
  name,
  explainedBy,
  lang,
  mode,
}: {
  figure: Figure
  name: string
  explainedBy: readonly Figure[]
  lang: Lang
  mode: NumberMode
}) {
  const bound = [
    formatBound(f.qualifier, lang),
    f.derived ? (lang === 'zh' ? '推算' : 'derived') : '',
  ]
    .filter(Boolean)
    .join(' · ')
  return (
    <>
      <strong>{name}</strong>
      <div className="chart-tooltip-value">
        {formatQuantity(f, lang, { mode })}
        {bound ? ` · ${bound}` : ''}
      </div>
      {f.derived ? (
        <div className="chart-tooltip-note">{explainDerived(f, explainedBy, lang)}</div>
      ) : null}
    </>
  )
}

const labelOf = (f: Figure, lang: Lang) => (lang === 'zh' ? f.label_zh : f.label_en)

/**
 * What a mark's tooltip says (kit/MarkTooltips): each figure it draws in words, with its
 * qualifier and, for a derived one, its formula; then the article's sentences that state them,
 * each once. Several figures for a mark that shows them together (the parts of a 100 % bar).
 */
export function FigureTooltip({
  figures,
  nameOf = labelOf,
  explainedBy = figures,
  lang,
  mode,
  sentences,
}: TooltipOptions & {
  figures: readonly Figure[]
  /** A figure's name as the chart calls it (default: its label). */
  nameOf?: (f: Figure, lang: Lang) => string
  /** The figures a derived one's formula may name (default: those shown). */
  explainedBy?: readonly Figure[]
}) {
  const quoted = [...new Set(figures.map((f) => f.sentence))]
    .map((id) => sentences.get(id))
    .filter((s): s is string => Boolean(s))
  return (
    <div className="chart-tooltip" data-tooltip-figure={figures.map((f) => f.id).join(' ')}>
      {figures.map((f) => (
        <div key={f.id} data-tooltip-part={f.id}>
          <FigureWords
            figure={f}
            name={nameOf(f, lang)}
            explainedBy={explainedBy}
            lang={lang}
            mode={mode}
          />
        </div>
      ))}
      {quoted.map((sentence) => (
        <blockquote key={sentence} className="chart-tooltip-sentence">
          {sentence}
        </blockquote>
      ))}
    </div>
  )
}

/**
 * A chart's `tooltip` where each mark stands for its own figure: that figure, named by `nameOf`;
 * a derived one explained from all the chart's rows.
 */
export const eachFigureTooltip =
  (nameOf?: (f: Figure, lang: Lang) => string) =>
  (rows: readonly Figure[], figure: string, options: TooltipOptions): ReactNode => {
    const f = rows.find((r) => r.id === figure)
    return f ? (
      <FigureTooltip figures={[f]} nameOf={nameOf} explainedBy={rows} {...options} />
    ) : null
  }
