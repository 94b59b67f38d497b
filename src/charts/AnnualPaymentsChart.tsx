import type { Figure } from '../data/schema'
import type { Lang } from '../i18n/lang'
import { palette } from './palette'
import { QuantityBars } from './QuantityBars'
import type { ChartProps } from './spec'

const shortLabels: Record<string, Record<Lang, string>> = {
  'payments-2021': { zh: '缴费笔数', en: 'Payments' },
  'payments-growth': { zh: '同比增长', en: 'Growth on 2020' },
}

/** Two panels, one per unit: a count and a growth rate share no axis. */
export function AnnualPaymentsChart(props: ChartProps<Figure>) {
  const [payments, growth] = props.rows
  const half = { width: props.size.width, height: Math.round(props.size.height / 2) }
  return (
    <div className="chart-panels">
      <QuantityBars
        {...props}
        rows={payments ? [payments] : []}
        size={half}
        domainMax={1e9}
        shortLabel={(f, lang) => shortLabels[f.id]?.[lang] ?? f.label_en}
        colors={[palette.primary]}
      />
      <QuantityBars
        {...props}
        rows={growth ? [growth] : []}
        size={half}
        domainMax={50}
        shortLabel={(f, lang) => shortLabels[f.id]?.[lang] ?? f.label_en}
        colors={[palette.secondary]}
      />
    </div>
  )
}
