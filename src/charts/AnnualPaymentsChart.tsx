import type { Figure } from '../data/schema'
import type { Lang } from '../i18n/lang'
import { FigureBars } from './kit/FigureBars'
import type { ChartProps } from './spec'

const names: Record<string, Record<Lang, string>> = {
  'payments-2021': { zh: '缴费笔数', en: 'Payments' },
  'payments-growth': { zh: '同比增长', en: 'Growth on 2020' },
}

/** Two panels, one per unit: a count and a growth rate share no axis. */
export function AnnualPaymentsChart(props: ChartProps<Figure>) {
  const half = { width: props.size.width, height: Math.round(props.size.height / 2) }
  const nameOf = (f: Figure) => names[f.id]?.[props.lang] ?? f.label_en
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
