import type { Figure } from '../../data/schema'
import { formatBound, formatQuantity, type NumberMode } from '../../i18n/format'
import type { Lang } from '../../i18n/lang'
import { explainDerived } from './derived'

/** What Recharts gives a tooltip's content. */
type ContentProps = { active?: boolean; payload?: readonly { payload?: unknown }[] }

type Options = {
  lang: Lang
  mode: NumberMode
  /** The article's sentences by id: the tooltip quotes the one that states the figure. */
  sentences: ReadonlyMap<string, string>
  /** The figure a mark stands for (default: the mark's datum itself). */
  figureOf?: (datum: unknown) => Figure | undefined
  /** The figure's name as the chart calls it. */
  nameOf?: (f: Figure) => string
  /** The chart's rows: a derived figure is explained from the figures its formula names. */
  rows?: readonly Figure[]
}

/**
 * The content of every chart's `<Tooltip>`: the figure in words with its qualifier
 * (超7.5亿笔 · 下限), how a derived one is worked out, and the article's sentence that states it.
 */
export function figureTooltip({ lang, mode, sentences, figureOf, nameOf, rows }: Options) {
  return ({ active, payload }: ContentProps) => {
    const datum = payload?.[0]?.payload
    const f = figureOf ? figureOf(datum) : (datum as Figure | undefined)
    if (!active || !f) return null
    const bound = [
      formatBound(f.qualifier, lang),
      f.derived ? (lang === 'zh' ? '推算' : 'derived') : '',
    ]
      .filter(Boolean)
      .join(' · ')
    const sentence = sentences.get(f.sentence)
    return (
      <div className="chart-tooltip" data-tooltip-figure={f.id}>
        <strong>{nameOf ? nameOf(f) : lang === 'zh' ? f.label_zh : f.label_en}</strong>
        <div className="chart-tooltip-value">
          {formatQuantity(f, lang, { mode })}
          {bound ? ` · ${bound}` : ''}
        </div>
        {f.derived ? (
          <div className="chart-tooltip-note">{explainDerived(f, rows ?? [f], lang)}</div>
        ) : null}
        {sentence ? <blockquote className="chart-tooltip-sentence">{sentence}</blockquote> : null}
      </div>
    )
  }
}
