import type { Figure } from '../../data/schema'
import { formatQuantity, type NumberMode } from '../../i18n/format'
import type { Lang } from '../../i18n/lang'
import { type ColorRole, palette } from './palette'
import { markFill } from './patterns'
import { textWidth } from './text'

/** A figure drawn after a bar's name (its rank: 80后 · 第一), marked with its own id. */
export type BarTag = { figure: Figure; text: string }

/** A figure as a bar: its name on the chart, the colour role it is drawn in, a tag after the name. */
export type BarDatum = Figure & { name: string; role: ColorRole; tag?: BarTag }

/** How the bars of one chart are drawn and labelled. */
export type BoundBarOptions = {
  lang: Lang
  mode: NumberMode
  fontSize: number
  /** The figure a reader points at: drawn outlined. */
  highlight: string | null
  /** The drawing's pattern prefix (patterns.tsx). */
  prefix: string
  /** The chart's width: value labels that would run past it go inside their bar. */
  chartWidth: number
  /** Draw each bar's name above it, from the plot's left edge. */
  nameAbove?: boolean
  /** The open end's length in pixels (default `openEndLength`): shorter on a bounded scale. */
  openEnd?: number
}

/** What Recharts gives a bar shape (layout="vertical": x is where zero is). */
type ShapeProps = {
  x?: number
  y?: number
  width?: number
  height?: number
  payload?: BarDatum
}

const isLowerBound = (f: Figure) => f.qualifier === 'over' || f.qualifier === 'at_least'

/** Pixels past a lower bound's bar: the dashed run and its arrowhead. */
export const openEndLength = (fontSize: number) => Math.round(fontSize * 2.6)

/** The value as the article words it, with 推算 for a derived one. */
export function barLabel(f: Figure, lang: Lang, mode: NumberMode): string {
  const text = formatQuantity(f, lang, { mode })
  return f.derived ? `${text}${lang === 'zh' ? '（推算）' : ' (derived)'}` : text
}

/** How far right of zero a bar's marks and label reach, for the chart's right margin. */
export function barReach(f: Figure, lang: Lang, mode: NumberMode, fontSize: number): number {
  const marks = isLowerBound(f) ? openEndLength(fontSize) : f.qualifier === 'about' ? 8 : 3
  return marks + 8 + textWidth(barLabel(f, lang, mode), fontSize) * 1.08
}

/**
 * The shape of every bar, for `<Bar shape>`: the figure as the article qualifies it.
 * - exact: a plain bar;
 * - over / at_least (超, 以上): the bar, then a dashed open run with an arrowhead;
 * - nearly (近): the bar stops short of a tick at the stated value;
 * - about (约): a short whisker either side of the value.
 * Derived values are hatched. The value label goes right of the marks, or inside the bar when it
 * would run past the chart.
 */
export function boundBar(options: BoundBarOptions) {
  return (props: unknown) => {
    const { x = 0, y = 0, width = 0, height = 0, payload: f } = props as ShapeProps
    if (!f) return <g />
    return <BoundBarMarks f={f} x={x} y={y} width={width} height={height} {...options} />
  }
}

function BoundBarMarks({
  f,
  x,
  y,
  width,
  height,
  lang,
  mode,
  fontSize,
  highlight,
  prefix,
  chartWidth,
  nameAbove,
  openEnd,
}: BoundBarOptions & { f: BarDatum; x: number; y: number; width: number; height: number }) {
  const color = palette[f.role]
  const end = x + Math.max(width, 0)
  const midY = y + height / 2
  const open = isLowerBound(f)
  const nearly = f.qualifier === 'nearly'
  const about = f.qualifier === 'about'
  const gap = nearly ? Math.max(2, Math.min(4, width * 0.06)) : 0
  const run = open ? (openEnd ?? openEndLength(fontSize)) : 0
  const markEnd = open ? end + run : nearly ? end + 2 : about ? end + 8 : end
  const label = barLabel(f, lang, mode)
  const labelWidth = textWidth(label, fontSize) * 1.08
  const outside = markEnd + 8 + labelWidth <= chartWidth - 2
  // Neither after the marks nor inside the bar (a long English label on a phone): at the chart's
  // right edge, on its name's line when it fits after the name, else on the line under the bar
  // (the room the band keeps between this bar and the next one's name).
  const aside = !outside && nameAbove === true && labelWidth + 12 > end - gap - x
  const nameWidth = textWidth(`${f.name}${f.tag?.text ?? ''}`, fontSize) * 1.08
  const above = aside && x + nameWidth + 12 + labelWidth <= chartWidth - 2
  const lit = highlight === f.id
  const arrow = Math.min(8, height / 2)
  return (
    <g
      data-figure={f.id}
      data-value={f.value}
      data-qualifier={f.qualifier}
      data-derived={f.derived}
    >
      {nameAbove ? (
        <text x={x} y={y - fontSize * 0.45} fontSize={fontSize} fill={palette.ink}>
          {f.name}
          {f.tag ? <NameTag tag={f.tag} lit={highlight === f.tag.figure.id} /> : null}
        </text>
      ) : null}
      <rect
        data-mark="bar"
        x={x}
        y={y}
        width={Math.max(end - gap - x, 1)}
        height={height}
        fill={markFill(prefix, f.role, f.derived)}
        stroke={lit ? palette.ink : color}
        strokeWidth={lit ? 3 : f.derived ? 1.5 : 0}
      />
      {open ? (
        <g data-mark="open-end">
          <line
            x1={end}
            x2={end + run - 3}
            y1={midY}
            y2={midY}
            stroke={color}
            strokeWidth={Math.max(2, Math.min(4, height * 0.12))}
            strokeDasharray="6 4"
          />
          <path
            d={`M${end + run - arrow},${midY - arrow} L${end + run},${midY} L${end + run - arrow},${midY + arrow}`}
            fill="none"
            stroke={color}
            strokeWidth={2.5}
          />
        </g>
      ) : null}
      {nearly ? (
        <line
          data-mark="stated-value"
          x1={end}
          x2={end}
          y1={y - 4}
          y2={y + height + 4}
          stroke={palette.ink}
          strokeWidth={2}
        />
      ) : null}
      {about ? (
        <path
          data-mark="whisker"
          d={`M${end - 8},${midY} H${end + 8} M${end - 8},${midY - 5} v10 M${end + 8},${midY - 5} v10`}
          fill="none"
          stroke={palette.ink}
          strokeWidth={2}
        />
      ) : null}
      <text
        data-mark="value"
        x={aside ? chartWidth - 2 : outside ? markEnd + 8 : end - gap - 6}
        y={above ? y - fontSize * 0.45 : aside ? y + height + fontSize * 1.2 : midY}
        textAnchor={outside ? 'start' : 'end'}
        dominantBaseline={aside ? undefined : 'central'}
        fontSize={fontSize}
        fontWeight={lit ? 800 : 600}
        fill={outside || aside ? palette.ink : palette.surface}
      >
        {label}
      </text>
    </g>
  )
}

/** A tag after a bar's name, a figure of its own: stronger when the reader points at it. */
function NameTag({ tag, lit }: { tag: BarTag; lit: boolean }) {
  return (
    <tspan
      data-figure={tag.figure.id}
      data-value={tag.figure.value}
      data-qualifier={tag.figure.qualifier}
      fill={lit ? palette.ink : palette.subtle}
      fontWeight={lit ? 800 : 400}
      textDecoration={lit ? 'underline' : undefined}
    >
      {tag.text}
    </tspan>
  )
}
