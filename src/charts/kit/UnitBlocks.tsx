import type { Figure } from '../../data/schema'
import type { NumberMode } from '../../i18n/format'
import type { Lang } from '../../i18n/lang'
import type { ChartSize } from '../spec'
import { formattedAxis } from './axis'
import { palette } from './palette'
import { textWidth, wrapText } from './text'

/** The whole blocks and the part of one more that make up an amount, left to right. */
export function unitBlocks(value: number, block: number): number[] {
  const whole = Math.max(0, Math.floor(value / block))
  const rest = value - whole * block
  return [...Array.from({ length: whole }, () => block), ...(rest > 0 ? [rest] : [])]
}

/** What Recharts gives a bar shape (layout="vertical": x is where the segment starts). */
type ShapeProps = { x?: number; y?: number; width?: number; height?: number }

type BlockOptions = {
  f: Figure
  /** What one whole block stands for, and this block's part of it. */
  block: number
  amount: number
  /** The label of a whole block (100元), drawn inside it where it fits. */
  label: string
  fontSize: number
  lit: boolean
}

/**
 * The shape of one block of a unit chart, for `<Bar shape>` stacked block after block: a filled
 * block, its size inside where it fits; a part block also shows, dashed, the whole it is part of.
 */
export function unitBlockShape({ f, block, amount, label, fontSize, lit }: BlockOptions) {
  return (props: unknown) => {
    const { x = 0, y = 0, width = 0, height = 0 } = props as ShapeProps
    const w = Math.max(width, 0)
    const h = Math.max(height, 0)
    const part = amount < block
    const labelSize = Math.max(11, Math.round(fontSize * 0.85))
    const fits = !part && textWidth(label, labelSize) + 8 <= w && labelSize + 4 <= h
    return (
      <g
        data-figure={f.id}
        data-value={f.value}
        data-qualifier={f.qualifier}
        data-mark={part ? 'part-block' : 'block'}
        data-yuan={amount}
      >
        {part ? (
          <rect
            data-mark="whole-block"
            x={x}
            y={y}
            width={amount > 0 ? (w * block) / amount : 0}
            height={h}
            fill="none"
            stroke={palette.muted}
            strokeDasharray="3 3"
          />
        ) : null}
        <rect
          data-mark="amount"
          x={x}
          y={y}
          width={w}
          height={h}
          fill={palette.primary}
          stroke={lit ? palette.ink : palette.surface}
          strokeWidth={lit ? 3 : 2}
        />
        {fits ? (
          <text
            x={x + w / 2}
            y={y + h / 2}
            textAnchor="middle"
            dominantBaseline="central"
            fontSize={labelSize}
            fill={palette.surface}
          >
            {label}
          </text>
        ) : null}
      </g>
    )
  }
}

type LayoutOptions = {
  size: ChartSize
  fontSize: number
  value: number
  block: number
  lang: Lang
  mode: NumberMode
  /** The amount in large type above the blocks, or null (a slide shows it as its headline). */
  amount: string | null
  /** What the amount is, beside it where it fits, else wrapped under it. */
  note: string
}

/**
 * The layout of a unit chart on a value axis, under its amount in large type and what the amount
 * means: the axis (ending at the last block's end, ticks from the width), margins that hold the
 * heading above and a row for the stated value's label, blocks a little less tall than wide, and
 * the whole centred in the height.
 */
export function unitBlocksLayout(options: LayoutOptions) {
  const { size, fontSize, value, block, lang, mode, amount, note } = options
  const tickSize = Math.round(fontSize * 0.92)
  const axisHeight = Math.round(tickSize * 2.2)
  const x0 = 6
  const max = Math.ceil(value / block) * block
  const axisFor = (length: number) =>
    formattedAxis({ max, length, unit: 'yuan', lang, mode, fontSize: tickSize })
  const first = axisFor(size.width - 20)
  const left = Math.max(x0, Math.ceil(textWidth(first.format(0), tickSize) / 2) + 4)
  const right = Math.ceil(textWidth(first.format(first.domain[1]), tickSize) / 2) + 4
  const plotWidth = Math.max(0, size.width - left - right)
  const axis = axisFor(plotWidth)
  // The amount in bold large type (measured wide), the note beside it or wrapped under it.
  const big = amount ? Math.min(fontSize * 3.4, size.height * 0.22, size.width * 0.09) : 0
  const noteSize = tickSize
  const noteX = amount ? x0 + textWidth(amount, big) * 1.15 + fontSize : x0
  const beside = amount !== null && noteX + textWidth(note, noteSize) <= size.width - x0
  const noteLines = beside ? [note] : wrapText(note, Math.max(size.width - 2 * x0, 1), noteSize)
  const noteLineHeight = noteSize * 1.3
  const head = big * 1.2 + (beside ? 0 : noteLines.length * noteLineHeight) + fontSize * 0.4
  const labelRow = Math.round(tickSize * 1.6)
  const blockWidth = axis.domain[1] > 0 ? (plotWidth * block) / axis.domain[1] : 0
  const available = size.height - head - labelRow - axisHeight - 4
  const barSize = Math.max(1, Math.min(available, blockWidth * 0.9))
  const free = Math.max(0, size.height - head - labelRow - barSize - axisHeight)
  const top = free / 2
  return {
    axis,
    axisHeight,
    tickSize,
    barSize,
    margin: { top: top + head + labelRow, right, bottom: free - top, left },
    heading: {
      x: x0,
      big,
      amountY: top + big,
      noteSize,
      notes: noteLines.map((line, i) => ({
        line,
        x: beside ? noteX : x0,
        y: beside ? top + big * 0.8 : top + big * 1.2 + (i + 0.8) * noteLineHeight,
      })),
    },
  }
}

/**
 * The heading of a unit chart, as SVG text in the chart's top margin (exports carry it): the
 * amount in large type, underlined when a reader points at it, and what it means.
 */
export function UnitHeading({
  f,
  amount,
  heading,
  lit,
}: {
  f: Figure
  amount: string | null
  heading: ReturnType<typeof unitBlocksLayout>['heading']
  lit: boolean
}) {
  return (
    <g data-figure={f.id} data-value={f.value} data-qualifier={f.qualifier}>
      {amount ? (
        <text
          data-mark="headline"
          x={heading.x}
          y={heading.amountY}
          fontSize={heading.big}
          fontWeight={700}
          fill={palette.ink}
          textDecoration={lit ? 'underline' : undefined}
        >
          {amount}
        </text>
      ) : null}
      <text data-mark="note" fontSize={heading.noteSize} fill={palette.subtle}>
        {heading.notes.map(({ line, x, y }, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: lines of one text, in order
          <tspan key={i} x={x} y={y}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  )
}
