import type { LegendItem } from '../spec'
import { fontFamily, palette } from './palette'
import { HatchPattern } from './patterns'
import { textWidth, wrapText } from './text'

const swatch = { width: 18, height: 12 }

type Placed = { item: LegendItem; x: number; y: number; lines: string[] }

/** Items left to right, wrapping to new rows at `width`; a label longer than a row wraps itself. */
export function legendLayout(items: readonly LegendItem[], width: number, fontSize: number) {
  const lineHeight = Math.round(fontSize * 1.45)
  const gap = fontSize * 1.2
  const textStart = swatch.width + 6
  const placed: Placed[] = []
  let x = 0
  let y = 0
  let rowLines = 1
  for (const item of items) {
    const full = textStart + textWidth(item.label, fontSize)
    if (x > 0 && x + full > width) {
      x = 0
      y += rowLines * lineHeight
      rowLines = 1
    }
    const lines = full <= width ? [item.label] : wrapText(item.label, width - textStart, fontSize)
    placed.push({ item, x, y, lines })
    rowLines = Math.max(rowLines, lines.length)
    x += full <= width ? full + gap : width
  }
  return { placed, height: items.length ? y + rowLines * lineHeight : 0, lineHeight }
}

/**
 * The legend of a chart, as SVG: the one legend of every frame. Cards and slides show it under
 * the chart; exported images carry the same drawing.
 */
export function Legend({
  items,
  width,
  fontSize,
  idPrefix,
  label,
}: {
  items: readonly LegendItem[]
  width: number
  fontSize: number
  /** Unique on the page: the legend's hatch patterns are named after it. */
  idPrefix: string
  /** 图例 / Legend, for screen readers. */
  label: string
}) {
  const { placed, height, lineHeight } = legendLayout(items, width, fontSize)
  if (placed.length === 0) return null
  return (
    <svg
      className="chart-legend"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={`${label}: ${items.map((i) => i.label).join('; ')}`}
      style={{ fontFamily }}
    >
      {placed.map(({ item, x, y, lines }, i) => {
        const hatch = `${idPrefix}-legend-hatch-${i}`
        const top = y + (lineHeight - swatch.height) / 2
        return (
          <g key={item.label} data-legend-item={item.label}>
            {item.pattern === 'hatch' ? (
              <defs>
                <HatchPattern id={hatch} color={item.color} />
              </defs>
            ) : null}
            <rect
              x={x + 1}
              y={top}
              width={swatch.width - 2}
              height={swatch.height - 2}
              fill={
                item.pattern === 'outline'
                  ? 'none'
                  : item.pattern === 'hatch'
                    ? `url(#${hatch})`
                    : item.color
              }
              stroke={item.color}
              strokeWidth={2}
              strokeDasharray={item.pattern === 'outline' ? '4 3' : undefined}
            />
            <text fontSize={fontSize} fill={palette.subtle}>
              {lines.map((line, k) => (
                <tspan
                  // biome-ignore lint/suspicious/noArrayIndexKey: lines of one label, in order
                  key={k}
                  x={x + swatch.width + 6}
                  y={y + k * lineHeight + lineHeight / 2}
                  dominantBaseline="central"
                >
                  {line}
                </tspan>
              ))}
            </text>
          </g>
        )
      })}
    </svg>
  )
}
