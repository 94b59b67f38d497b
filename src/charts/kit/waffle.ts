// The waffle: a count drawn as that many squares (600 service halls, one square each). Recharts
// has no such chart type; this is its geometry, and the squares are one SVG path.

/** How `count` squares lie in a box: columns, rows, the side of a cell, the grid's size. */
export type WaffleGrid = {
  count: number
  columns: number
  rows: number
  cell: number
  width: number
  height: number
}

/** Column counts to try: those from 10 to 60 that fill every row, else tens (small counts: one row). */
function columnChoices(count: number): number[] {
  if (count < 10) return [Math.max(1, count)]
  const full = Array.from({ length: 51 }, (_, i) => i + 10).filter((c) => count % c === 0)
  return full.length > 0 ? full : [10, 20, 25, 30, 40, 50].filter((c) => c <= count)
}

/**
 * The grid that gives the largest squares in `width` × `height` (no larger than `maxCell`): its
 * columns follow the box's shape, wide on a card and tall beside a slide's other panels. On a tie,
 * the wider grid, which leaves the height to the panels around it.
 */
export function waffleGrid({
  count,
  width,
  height,
  maxCell,
}: {
  count: number
  width: number
  height: number
  maxCell: number
}): WaffleGrid {
  let best: WaffleGrid | null = null
  for (const columns of columnChoices(count).reverse()) {
    const rows = Math.ceil(count / columns)
    const cell = round2(Math.max(0, Math.min(width / columns, height / rows, maxCell)))
    if (!best || cell > best.cell + 1e-9)
      best = { count, columns, rows, cell, width: cell * columns, height: cell * rows }
  }
  return best ?? { count, columns: 1, rows: 0, cell: 0, width: 0, height: 0 }
}

/**
 * The squares as one path, from the grid's top-left corner at (x, y): "M x y h s v s h -s z" per
 * square, row by row. One path, not `count` elements: 600 nodes fewer to lay out and hydrate.
 */
export function wafflePath(grid: WaffleGrid, x: number, y: number): string {
  const inset = grid.cell >= 6 ? grid.cell * 0.15 : Math.min(0.5, grid.cell / 4)
  const side = round2(Math.max(0, grid.cell - inset))
  return Array.from({ length: grid.count }, (_, i) => {
    const ux = round2(x + (i % grid.columns) * grid.cell + inset / 2)
    const uy = round2(y + Math.floor(i / grid.columns) * grid.cell + inset / 2)
    return `M${ux} ${uy}h${side}v${side}h${-side}z`
  }).join('')
}

const round2 = (value: number) => Math.round(value * 100) / 100
