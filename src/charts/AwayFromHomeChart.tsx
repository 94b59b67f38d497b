import type { Figure } from '../data/schema'
import { shortLabel } from './awayFromHome'
import { FigureBars } from './kit/FigureBars'
import type { ChartProps } from './spec'

/**
 * Two counts of people on one axis, to scale. 超1.1亿 is a lower bound: the bar runs on as a
 * dashed arrow. 近650万 is just under its mark: the bar stops short of a tick at 650万.
 */
export function AwayFromHomeChart(props: ChartProps<Figure>) {
  return (
    <FigureBars
      {...props}
      id="away-from-home"
      nameOf={(f) => shortLabel(f, props.lang)}
      roleOf={(_f, i) => (i === 0 ? 'primary' : 'secondary')}
    />
  )
}
