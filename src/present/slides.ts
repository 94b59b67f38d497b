import { explainDerived } from '../charts/kit/derived'
import type { AnyChartSpec } from '../charts/spec'
import { articleUnits } from '../data/article'
import type { Report } from '../data/report'
import { formatQualifier, formatQuantity } from '../i18n/format'
import type { Lang } from '../i18n/lang'

/** One slide of the deck: the title, one per chart in registry order, the closing citation. */
export type DeckSlide =
  | { kind: 'title'; id: 'title' }
  | { kind: 'chart'; id: string; spec: AnyChartSpec }
  | { kind: 'closing'; id: 'closing' }

/** The deck for a list of charts (the registry's, in page order). */
export const deckSlides = (specs: readonly AnyChartSpec[]): DeckSlide[] => [
  { kind: 'title', id: 'title' },
  ...specs.map((spec): DeckSlide => ({ kind: 'chart', id: spec.id, spec })),
  { kind: 'closing', id: 'closing' },
]

/** The logical size of a slide; the stage scales it to the screen. 16:9. */
export const stage = { width: 1600, height: 900 } as const

/** A figure spelled out for the speaker: its label, its value as worded, and what the qualifier means. */
export type NoteFigure = {
  id: string
  label: string
  value: string
  qualifier: string
  note: string
}

/** What the speaker reads beside a slide: the article's sentences and the figures with their bounds. */
export type SpeakerNotes = {
  sentences: { id: string; text: string; translation: string | null }[]
  figures: NoteFigure[]
}

/** The speaker notes of a slide, from the article (Chinese; with the English beside it in English). */
export function speakerNotes(slide: DeckSlide, report: Report, lang: Lang): SpeakerNotes {
  if (slide.kind !== 'chart') return { sentences: [], figures: [] }
  const zh = articleUnits(report.article.zh)
  const en = articleUnits(report.article.en)
  const sentences = slide.spec.sentenceIds.flatMap((id) => {
    const text = zh.get(id)?.text
    if (!text) return []
    return [{ id, text, translation: lang === 'en' ? (en.get(id)?.text ?? null) : null }]
  })
  const figures = slide.spec.figureIds.flatMap((id) => {
    const f = report.figures.find((figure) => figure.id === id)
    if (!f) return []
    return [
      {
        id,
        label: lang === 'zh' ? f.label_zh : f.label_en,
        value: formatQuantity(f, lang),
        qualifier: formatQualifier(f.qualifier, lang),
        note: explainDerived(f, report.figures, lang, report.regions),
      },
    ]
  })
  return { sentences, figures }
}
