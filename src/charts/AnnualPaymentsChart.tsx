import type { Figure } from '../data/schema'
import { paymentsName } from './annualPayments'
import { FigureBars } from './kit/FigureBars'
import type { ChartProps } from './spec'

/** Two panels, one per unit: a count and a growth rate share no axis. */
export function AnnualPaymentsChart(props: ChartProps<Figure>) {
  const half = { width: props.size.width, height: Math.round(props.size.height / 2) }
  const nameOf = (f: Figure) => paymentsName(f, props.lang)
  return (
    <div className="chart-panels">
      {props.rows.map((f, i) => (
        <FigureBars
          key={f.id}
          {...props}
          id={`annual-payments-${f.id}`}
          rows={[f]}
          size={half}
          nameOf={nameOf}
          roleOf={() => (i === 0 ? 'primary' : 'secondary')}
        />
      ))}
    </div>
  )
}
