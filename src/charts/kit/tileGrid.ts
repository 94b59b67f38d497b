// The tile-grid map's geometry: Recharts has no such chart type. Square tiles at the rows and
// columns regions.csv gives them, centred in the chart; the marks drawn on a tile.
import { fitFontSize } from './text'

/** Where a grid of tiles lies in a chart: the tile's side and the grid's top-left corner. */
export type TileGrid = { side: number; x: number; y: number }

/**
 * The largest square tiles (up to `maxTile`) with which `rows` × `columns` fit inside
 * `width` × `height` less `pad` on every side; the grid centred across, and down when it is
 * shorter than the room.
 */
export function tileGrid({
  rows,
  columns,
  width,
  height,
  pad,
  maxTile,
}: {
  rows: number
  columns: number
  width: number
  height: number
  pad: number
  maxTile: number
}): TileGrid {
  const side = Math.max(
    0,
    Math.min(
      (width - 2 * pad) / Math.max(columns, 1),
      (height - 2 * pad) / Math.max(rows, 1),
      maxTile,
    ),
  )
  return {
    side,
    x: (width - side * columns) / 2,
    y: pad + Math.max(0, (height - 2 * pad - side * rows) / 2),
  }
}

/** The largest font size up to `max` at which every one of `texts` fits `width` (never below `min`). */
export function fitAllFontSize(
  texts: readonly string[],
  width: number,
  { max, min }: { max: number; min: number },
): number {
  return Math.max(min, Math.min(max, ...texts.map((t) => fitFontSize(t, width, { max, min: 0 }))))
}

/** A diamond of size `m` whose top is at (m·0.75, m·0.05): a tile's top-left mark. */
export const diamondPath = (m: number) =>
  `M${m * 0.75},${m * 0.05} l${m * 0.7},${m * 0.7} l${-m * 0.7},${m * 0.7} l${-m * 0.7},${-m * 0.7} z`

/** A triangle of size `m` standing on a tile's bottom edge (`side`), at its left. */
export const trianglePath = (m: number, side: number) =>
  `M${m * 0.1},${side - m * 0.15} l${m * 1.3},0 l${-m * 0.65},${-m * 1.15} z`

/**
 * Where a tooltip of `width` goes under (or, in the grid's lower half, over) a tile: centred on it,
 * inside the chart's width.
 */
export function tileTooltipPlace(options: {
  grid: TileGrid
  row: number
  col: number
  rows: number
  chartWidth: number
  width: number
}): { left: number; top: number; above: boolean } {
  const { grid, row, col, rows, chartWidth, width } = options
  const left = Math.max(
    0,
    Math.min(grid.x + col * grid.side + grid.side / 2 - width / 2, chartWidth - width),
  )
  const above = row >= rows / 2
  return {
    left,
    top: above ? grid.y + row * grid.side - 2 : grid.y + (row + 1) * grid.side + 2,
    above,
  }
}
