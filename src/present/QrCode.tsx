import { create } from 'qrcode'
import { useMemo } from 'react'

type Props = { text: string; size: number; label: string }

/** The quiet zone a scanner needs around the code, in modules. */
const quiet = 4

/**
 * A QR code drawn as SVG rects, one per run of dark modules in a row: black on white whatever the
 * theme, since scanners need dark on light. Encoded locally (the `qrcode` package), no network.
 */
export function QrCode({ text, size, label }: Props) {
  const runs = useMemo(() => darkRuns(text), [text])
  const total = runs.size + 2 * quiet
  return (
    <svg
      className="deck-qr"
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox={`0 0 ${total} ${total}`}
      shapeRendering="crispEdges"
    >
      <rect width={total} height={total} fill="#ffffff" />
      {runs.rects.map((r) => (
        <rect
          key={`${r.row}-${r.col}`}
          x={r.col + quiet}
          y={r.row + quiet}
          width={r.length}
          height={1}
          fill="#000000"
        />
      ))}
    </svg>
  )
}

/** The dark modules of the code for `text`, as horizontal runs. */
export function darkRuns(text: string) {
  const { modules } = create(text, { errorCorrectionLevel: 'M' })
  const rects: { row: number; col: number; length: number }[] = []
  for (let row = 0; row < modules.size; row++) {
    let col = 0
    while (col < modules.size) {
      if (!modules.get(row, col)) {
        col++
        continue
      }
      const start = col
      while (col < modules.size && modules.get(row, col)) col++
      rects.push({ row, col: start, length: col - start })
    }
  }
  return { size: modules.size, rects }
}
