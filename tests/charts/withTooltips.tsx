import { MarkTooltips } from '../../src/charts/kit/MarkTooltips'
import type { AnyChartSpec, ChartProps } from '../../src/charts/spec'
import type { Figure } from '../../src/data/schema'

/**
 * A chart drawn as a card frames it: the spec's chart, with its tooltips on hover, tap and keys
 * (kit/MarkTooltips).
 */
export function CardChart({ spec, ...props }: ChartProps<Figure> & { spec: AnyChartSpec }) {
  const { Chart } = spec
  const { rows, lang, mode, sentences } = props
  return (
    <MarkTooltips
      role="group"
      aria-label={spec.title[lang]}
      content={(figure) => spec.tooltip?.(rows, figure, { lang, mode, sentences })}
      order={spec.figureIds}
    >
      <Chart {...props} />
    </MarkTooltips>
  )
}
