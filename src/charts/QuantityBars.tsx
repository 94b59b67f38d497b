import { Bar, BarChart, Cell, Tooltip, XAxis, YAxis } from 'recharts'
import type { Figure } from '../data/schema'
import { formatNumber, formatQuantity, formatWithUnit } from '../i18n/format'
import type { Lang } from '../i18n/lang'
import { figureLabel } from './figureRows'
import { HatchPattern } from './HatchPattern'
import { fontFamily, palette } from './palette'
import type { ChartProps } from './spec'

type Options = {
  /** Where the value axis ends; leave room past lower bounds for their open end. */
  domainMax: number
  colors?: readonly string[]
  /** Shown instead of the figure label on the category axis. */
  shortLabel?: (f: Figure, lang: Lang) => string
}

/**
 * Horizontal bars of figures on one shared scale, each labelled with its value as the article
 * qualifies it. A lower bound (超, 以上) ends in an open dashed run with an arrow: the true value
 * lies somewhere beyond; 约 carries a small ± band. Derived bars are hatched. Axis labels and
 * value labels get the room their text needs, so long English labels are not cut.
 */
export function QuantityBars({
  rows,
  size,
  lang,
  surface,
  highlight,
  domainMax,
  colors,
  shortLabel,
}: ChartProps<Figure> & Options) {
  const big = surface === 'slide'
  const fontSize = big ? 24 : 13
  const data = rows.map((f, i) => ({
    ...f,
    name: (shortLabel ?? figureLabel)(f, lang),
    color: colors?.[i % colors.length] ?? palette.primary,
  }))
  const labelWidth = Math.min(
    size.width * 0.3,
    12 + Math.max(0, ...data.map((d) => textWidth(d.name, fontSize))),
  )
  // Room right of the longest bar for its open end and its value label.
  const valueWidth = Math.max(
    0,
    ...data.map((d) =>
      textWidth(`${formatQuantity(d, lang)}${d.derived ? '（推算）' : ''}`, fontSize),
    ),
  )
  const right = Math.min(size.width * 0.45, valueWidth + 48)
  return (
    <BarChart
      width={size.width}
      height={size.height}
      data={data}
      layout="vertical"
      margin={{ top: 8, right, bottom: 8, left: 8 }}
      barCategoryGap="28%"
      style={{ fontFamily }}
    >
      <defs>
        {data.map((d) => (
          <HatchPattern key={d.id} id={`hatch-${d.id}`} color={d.color} />
        ))}
      </defs>
      <XAxis
        type="number"
        domain={[0, domainMax]}
        tickFormatter={(v: number) => formatNumber(v, lang)}
        tick={{ fill: palette.subtle, fontSize }}
        stroke={palette.grid}
      />
      <YAxis
        type="category"
        dataKey="name"
        width={labelWidth}
        tick={{ fill: palette.ink, fontSize }}
        stroke={palette.grid}
      />
      <Tooltip
        cursor={{ fill: palette.grid, fillOpacity: 0.3 }}
        content={({ active, payload }) => {
          const f = payload?.[0]?.payload as Figure | undefined
          if (!active || !f) return null
          return (
            <div className="chart-tooltip" role="status">
              <strong>{figureLabel(f, lang)}</strong>
              <div>{formatQuantity(f, lang)}</div>
              {f.derived ? <div className="chart-tooltip-note">{f.note}</div> : null}
            </div>
          )
        }}
      />
      <Bar
        dataKey="value"
        isAnimationActive={false}
        shape={(props: unknown) => (
          <BoundBar
            {...(props as BoundBarProps)}
            lang={lang}
            fontSize={fontSize}
            highlight={highlight}
          />
        )}
      >
        {data.map((d) => (
          <Cell key={d.id} fill={d.derived ? `url(#hatch-${d.id})` : d.color} />
        ))}
      </Bar>
    </BarChart>
  )
}

type BoundBarProps = {
  x: number
  y: number
  width: number
  height: number
  fill: string
  payload: Figure & { color: string }
  background?: { width: number; x: number }
}

function BoundBar({
  x,
  y,
  width,
  height,
  fill,
  payload: f,
  lang,
  fontSize,
  highlight,
}: BoundBarProps & { lang: Lang; fontSize: number; highlight: string | null }) {
  const open = f.qualifier === 'over' || f.qualifier === 'at_least'
  const run = open ? Math.max(36, width * 0.18) : 0
  const midY = y + height / 2
  const end = x + width
  const lit = highlight === f.id
  return (
    <g data-figure={f.id} data-value={f.value} data-qualifier={f.qualifier}>
      <rect
        x={x}
        y={y}
        width={Math.max(width, 1)}
        height={height}
        fill={fill}
        stroke={f.color}
        strokeWidth={lit ? 3 : f.derived ? 1.5 : 0}
      />
      {open ? (
        <g>
          <line
            x1={end}
            x2={end + run}
            y1={midY}
            y2={midY}
            stroke={f.color}
            strokeWidth={Math.max(2, height * 0.12)}
            strokeDasharray="6 5"
          />
          <path
            d={`M${end + run},${midY - 8} L${end + run + 12},${midY} L${end + run},${midY + 8}`}
            fill="none"
            stroke={f.color}
            strokeWidth={2.5}
          />
        </g>
      ) : null}
      {f.qualifier === 'about' ? (
        <line
          x1={end - width * 0.04}
          x2={end + width * 0.04}
          y1={midY}
          y2={midY}
          stroke={palette.ink}
          strokeWidth={2}
        />
      ) : null}
      <text
        x={end + run + (open ? 20 : 8)}
        y={midY}
        dominantBaseline="central"
        fontSize={fontSize}
        fontWeight={600}
        fill={palette.ink}
      >
        {formatQuantity(f, lang)}
        {f.derived ? (
          <tspan fill={palette.subtle} fontWeight={400}>
            {lang === 'zh' ? '（推算）' : ' (derived)'}
          </tspan>
        ) : null}
      </text>
      {lit ? <title>{formatWithUnit(f, lang)}</title> : null}
    </g>
  )
}

/** Rough rendered width of a label: CJK characters are square, Latin ones about half as wide. */
function textWidth(text: string, fontSize: number): number {
  let em = 0
  for (const ch of text) em += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 1 : 0.58
  return em * fontSize
}
