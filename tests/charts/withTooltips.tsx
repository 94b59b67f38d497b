import type { ReactNode } from 'react'
import { MarkTooltips } from '../../src/charts/kit/MarkTooltips'
import type { AnyChartSpec } from '../../src/charts/spec'
import type { Figure } from '../../src/data/schema'
import type { NumberMode } from '../../src/i18n/format'
import type { Lang } from '../../src/i18n/lang'

/** A chart's drawing framed as a card frames it: its spec's tooltips on hover, tap and keys. */
export function WithTooltips({
  spec,
  rows,
  lang,
  mode,
  sentences,
  children,
}: {
  spec: AnyChartSpec
  rows: readonly Figure[]
  lang: Lang
  mode: NumberMode
  sentences: ReadonlyMap<string, string>
  children: ReactNode
}) {
  return (
    <MarkTooltips
      role="group"
      aria-label={spec.title[lang]}
      content={(figure) => spec.tooltip?.(rows, figure, { lang, mode, sentences })}
      order={spec.figureIds}
    >
      {children}
    </MarkTooltips>
  )
}
