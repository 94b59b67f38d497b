import { HatchPattern } from '../charts/HatchPattern'
import type { LegendItem } from '../charts/spec'
import { useMessages } from '../i18n/LangContext'

/** The legend of a card, as HTML beside the chart; exports draw the same items inside the SVG. */
export function ChartLegend({
  items,
  idPrefix,
}: {
  items: readonly LegendItem[]
  idPrefix: string
}) {
  const t = useMessages()
  if (items.length === 0) return null
  return (
    <ul className="chart-legend" aria-label={t.legend}>
      {items.map((item, i) => {
        const hatchId = `${idPrefix}-legend-hatch-${i}`
        return (
          <li key={item.label}>
            <svg width="18" height="12" aria-hidden="true">
              {item.pattern === 'hatch' ? (
                <defs>
                  <HatchPattern id={hatchId} color={item.color} />
                </defs>
              ) : null}
              <rect
                x="1"
                y="1"
                width="16"
                height="10"
                fill={
                  item.pattern === 'outline'
                    ? 'none'
                    : item.pattern === 'hatch'
                      ? `url(#${hatchId})`
                      : item.color
                }
                stroke={item.color}
                strokeWidth="2"
                strokeDasharray={item.pattern === 'outline' ? '4 3' : undefined}
              />
            </svg>
            {item.label}
          </li>
        )
      })}
    </ul>
  )
}
