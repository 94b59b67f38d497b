import type { LegendItem } from '../charts/spec'
import { useMessages } from '../i18n/LangContext'

/** The legend of a card, as HTML beside the chart; exports draw the same items inside the SVG. */
export function ChartLegend({ items }: { items: readonly LegendItem[] }) {
  const t = useMessages()
  if (items.length === 0) return null
  return (
    <ul className="chart-legend" aria-label={t.legend}>
      {items.map((item) => (
        <li key={item.label}>
          <svg width="18" height="12" aria-hidden="true">
            <rect
              x="1"
              y="1"
              width="16"
              height="10"
              fill={item.pattern === 'outline' ? 'none' : item.color}
              stroke={item.color}
              strokeWidth="2"
              strokeDasharray={item.pattern === 'outline' ? '4 3' : undefined}
              opacity={item.pattern === 'hatch' ? 0.45 : 1}
            />
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  )
}
