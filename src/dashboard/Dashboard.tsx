import { memo, Suspense, useCallback, useEffect, useMemo, useState } from 'react'
import { charts } from '../charts/registry'
import { type Article, articleUnits } from '../data/article'
import type { Report } from '../data/report'
import { useMessages } from '../i18n/LangContext'
import { messages } from '../i18n/messages'
import { ArticleBlocks } from './ArticleBlocks'
import { ChartCard } from './ChartCard'
import { splitSections } from './sections'

/** Without a report (its files have errors) the article is shown alone. */
type Props = {
  report: Report | null
  article: Article
  /** The Chinese original, when `article` is a translation: a 原文 / Original switch shows it. */
  original?: Article
  target: string | null
}

/**
 * The article beside its charts: one section per illustrated paragraph. Each section is a
 * Suspense boundary, so that React hydrates a prerendered page a section at a time, the one an
 * input lands on first; memo keeps a re-render of the page (a new version of the app found) from
 * reaching sections not yet hydrated.
 */
export const Dashboard = memo(function Dashboard({ report, article, original, target }: Props) {
  const t = useMessages()
  const [originalShown, setOriginalShown] = useState(false)
  const originalUnits = useMemo(() => (original ? articleUnits(original) : undefined), [original])
  const [pointed, setPointed] = useState<string | null>(null)
  const [sentence, setSentence] = useState<string | null>(null)
  const shown = report ? charts : []

  const showChart = useCallback((chartId: string) => {
    history.replaceState(null, '', `#${chartId}`)
    window.dispatchEvent(new HashChangeEvent('hashchange'))
  }, [])

  const showSentence = useCallback((sentenceId: string) => {
    setSentence(sentenceId)
    const node = document.getElementById(`sentence-${sentenceId}`)
    node?.scrollIntoView({ block: 'center', behavior: smoothScroll() })
    node?.focus({ preventScroll: true })
  }, [])

  useEffect(() => {
    if (!target) return
    const node = document.getElementById(target)
    node?.scrollIntoView({ block: 'start', behavior: smoothScroll() })
    node?.focus({ preventScroll: true })
  }, [target])

  return (
    <div className="dashboard">
      <h2 className="visually-hidden">{t.article}</h2>
      {originalUnits ? (
        <p className="article-tools">
          <button
            type="button"
            className="button"
            aria-pressed={originalShown}
            onClick={() => setOriginalShown(!originalShown)}
          >
            {t.original} <span lang="zh-CN">{messages.zh.original}</span>
          </button>
        </p>
      ) : null}
      {splitSections(article, shown).map((section, i) => {
        const name = section.charts[0]?.id ?? `tail-${i}`
        return (
          <Suspense key={name} fallback={null}>
            <section id={`section-${name}`} className="dashboard-section" data-section={name}>
              <div className="dashboard-article">
                <ArticleBlocks
                  blocks={section.blocks}
                  charts={shown}
                  sentence={sentence}
                  onPoint={setPointed}
                  original={originalShown ? originalUnits : undefined}
                  onFollow={(ref) => {
                    const chart = charts.find((c) => c.figureIds.includes(ref))
                    if (chart) showChart(chart.id)
                  }}
                />
              </div>
              {report && section.charts.length ? (
                <div className="dashboard-charts">
                  {section.charts.map((spec) => (
                    <ChartCard
                      key={spec.id}
                      spec={spec}
                      report={report}
                      highlight={pointed}
                      targeted={target === spec.id}
                      onShowInArticle={showSentence}
                    />
                  ))}
                </div>
              ) : null}
            </section>
          </Suspense>
        )
      })}
    </div>
  )
})

function smoothScroll(): ScrollBehavior {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth'
}
