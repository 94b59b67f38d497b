import { ageShares } from './ageShares'
import { annualPayments } from './annualPayments'
import { awayFromHome } from './awayFromHome'
import { channels } from './channels'
import { paymentTimes } from './paymentTimes'
import { perCapita } from './perCapita'
import { regionsMap } from './regionsMap'
import type { AnyChartSpec } from './spec'

/** Every chart, in page order; the deck shows them in the same order. */
export const charts: readonly AnyChartSpec[] = [
  annualPayments,
  perCapita,
  regionsMap,
  channels,
  ageShares,
  awayFromHome,
  paymentTimes,
]

/** The chart that draws a figure (by figures.csv or regions.csv id), for links from the article. */
export function chartOfFigure(figureId: string): AnyChartSpec | undefined {
  return charts.find((c) => c.figureIds.includes(figureId))
}

export function chartById(id: string): AnyChartSpec | undefined {
  return charts.find((c) => c.id === id)
}
