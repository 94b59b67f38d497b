import { useState } from 'react'
import type { Region } from '../data/schema'
import { formatNumber, formatQuantity, type NumberMode } from '../i18n/format'
import type { Lang } from '../i18n/lang'
import { chartFontSize } from './kit/FigureBars'
import { fontFamily, palette } from './kit/palette'
import { textWidth } from './kit/text'
import {
  diamondPath,
  fitAllFontSize,
  type TileGrid,
  tileGrid,
  tileTooltipPlace,
  trianglePath,
} from './kit/tileGrid'
import {
  type CountRow,
  countRow,
  type MapRow,
  type RegionRow,
  regionRows,
  rolesOf,
  tileText,
} from './regionsMapRows'
import type { ChartProps } from './spec'

/** The label drawn on a tile: the Chinese short name, or its short English code (regions.csv). */
export const tileLabel = (r: Region, lang: Lang) => (lang === 'zh' ? r.name_zh : r.code)

/** Smallest chart text: 11 px on a card; on a slide, shown 1.25× larger, 22.5 px = 2.5 % of the
 * 900 px stage. */
const minFontOf = (surface: ChartProps<MapRow>['surface']) => (surface === 'slide' ? 18 : 11)

/**
 * The tile-grid map of China: one square per region at its row and column in regions.csv.
 * The 2021 openings fill the tile (and carry "2021"); the growth rank is a numbered circle; the
 * regions with most people paying from elsewhere a triangle; the digital upgrade a diamond.
 * Regions the article does not name are grey with a dashed edge: not stated, not "no".
 * The article's counts (31, 25) name no regions, so they are numbers in the empty north-west.
 */
export function TileMap({ rows, size, lang, mode, surface, highlight }: ChartProps<MapRow>) {
  const [active, setActive] = useState<string | null>(null)
  const regions = regionRows(rows)
  const { width, height } = size
  const big = surface === 'slide'
  const fs = chartFontSize(surface)
  const nRows = Math.max(0, ...regions.map((r) => r.region.row)) + 1
  const nCols = Math.max(0, ...regions.map((r) => r.region.col)) + 1
  const grid = tileGrid({
    rows: nRows,
    columns: nCols,
    width,
    height,
    pad: 4,
    maxTile: big ? 220 : 96,
  })
  const { side: s, x: x0, y: y0 } = grid
  // Card text stays at 11 px or more; slide text at 18 (2.5 % of the stage once scaled).
  const minFont = minFontOf(surface)
  const zhFont = fitAllFontSize(
    regions.map((r) => r.region.name_zh),
    s * 0.9,
    { max: Math.max(minFont, big ? s * 0.34 : s * 0.27), min: minFont },
  )
  // English tiles carry a code; full names join it only when every one of them fits.
  const nameFont = fitAllFontSize(
    regions.map((r) => r.region.name_en),
    s * 0.88,
    { max: s * 0.14, min: 0 },
  )
  const showNames = lang === 'en' && nameFont >= minFont && s >= 60 && !big
  const shown = regions.find((r) => r.id === active)

  return (
    <div className="tile-map" style={{ position: 'relative', width, height }}>
      <svg
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        style={{ fontFamily }}
        data-chart="regions-map"
      >
        <title>{lang === 'zh' ? '各省市和地区：文中所述' : 'Regions: what the article says'}</title>
        {/* On a slide the headline and takeaway give the counts, in type a room can read. */}
        {big ? null : (
          <Counts
            rows={rows}
            x={x0}
            y={y0}
            s={s}
            lang={lang}
            mode={mode}
            fs={fs}
            minFont={minFont}
            highlight={highlight}
            free={freeCells(regions)}
          />
        )}
        {regions.map((r) => (
          <Tile
            key={r.id}
            r={r}
            x={x0 + r.region.col * s}
            y={y0 + r.region.row * s}
            s={s}
            lang={lang}
            mode={mode}
            zhFont={zhFont}
            showName={showNames}
            nameFont={nameFont}
            minFont={minFont}
            lit={
              highlight === r.id ||
              active === r.id ||
              (highlight === 'regions-opened-2021' && r.region.mini_program_opened_2021)
            }
            onShow={setActive}
          />
        ))}
      </svg>
      {shown ? <TileTooltip r={shown} grid={grid} rows={nRows} width={width} lang={lang} /> : null}
    </div>
  )
}

/** The tooltip of the tile a reader points at, 220 px wide, under or over the tile. */
function TileTooltip({
  r,
  grid,
  rows,
  width,
  lang,
}: {
  r: RegionRow
  grid: TileGrid
  rows: number
  width: number
  lang: Lang
}) {
  const place = tileTooltipPlace({
    grid,
    row: r.region.row,
    col: r.region.col,
    rows,
    chartWidth: width,
    width: 220,
  })
  return (
    <div
      className="chart-tooltip"
      role="status"
      style={{
        position: 'absolute',
        pointerEvents: 'none',
        left: place.left,
        top: place.top,
        ...(place.above ? { transform: 'translateY(-100%)' } : {}),
      }}
    >
      {tileText(r.region, lang)}
    </div>
  )
}

/** How many empty cells lead rows 0 and 1 (the north-west corner, where the counts go). */
function freeCells(regions: readonly RegionRow[]): [number, number] {
  const lead = (row: number) =>
    Math.min(99, ...regions.filter((r) => r.region.row === row).map((r) => r.region.col))
  return [lead(0), lead(1)]
}

type TileProps = {
  r: RegionRow
  x: number
  y: number
  s: number
  lang: Lang
  mode: NumberMode
  zhFont: number
  showName: boolean
  nameFont: number
  /** Smallest type allowed (18 on slides). */
  minFont: number
  lit: boolean
  onShow: (id: string | null) => void
}

function Tile({
  r,
  x,
  y,
  s,
  lang,
  mode,
  zhFont,
  showName,
  nameFont,
  minFont,
  lit,
  onShow,
}: TileProps) {
  const { region } = r
  const roles = rolesOf(region)
  const named = roles.length > 0
  const opened = region.mini_program_opened_2021
  const inset = Math.max(1.5, s * 0.04)
  const side = Math.max(0, s - 2 * inset)
  const m = Math.max(s * 0.19, 8, minFont / 1.15)
  const ink = opened ? palette.surface : named ? palette.ink : palette.subtle
  const text = tileText(region, lang)
  const codeFont = Math.max(minFont, s * 0.28)
  return (
    // biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: a named image that takes focus only to show its tooltip
    <g
      data-region={region.id}
      data-roles={roles.join(' ')}
      data-state={named ? 'stated' : 'not-stated'}
      transform={`translate(${x + inset},${y + inset})`}
      tabIndex={0}
      // An image with a name, focusable so that keyboards reach its tooltip: it does nothing
      // when pressed, so it is no button.
      role="img"
      aria-label={text}
      onClick={() => onShow(region.id)}
      onFocus={() => onShow(region.id)}
      onBlur={() => onShow(null)}
      onMouseEnter={() => onShow(region.id)}
      onMouseLeave={() => onShow(null)}
      onKeyDown={(e) => e.key === 'Escape' && onShow(null)}
      className="tile-map-tile"
    >
      <title>{text}</title>
      <rect
        width={side}
        height={side}
        rx={s * 0.06}
        fill={opened ? palette.primary : named ? palette.surface : palette.unknown}
        stroke={lit ? palette.ink : named ? palette.ink : palette.muted}
        strokeWidth={lit ? 4 : named ? 1.5 : 1}
        strokeDasharray={named || lit ? undefined : '4 3'}
      />
      {lang === 'zh' ? (
        <text
          x={side / 2}
          y={side * 0.52}
          textAnchor="middle"
          dominantBaseline="central"
          fontSize={zhFont}
          fontWeight={named ? 700 : 400}
          fill={ink}
        >
          {region.name_zh}
        </text>
      ) : (
        <>
          <text
            x={side / 2}
            y={side * (showName ? 0.44 : 0.52)}
            textAnchor="middle"
            dominantBaseline="central"
            fontSize={codeFont}
            fontWeight={named ? 700 : 400}
            fill={ink}
          >
            {tileLabel(region, lang)}
          </text>
          {showName ? (
            <text
              x={side / 2}
              y={side * 0.66}
              textAnchor="middle"
              dominantBaseline="central"
              fontSize={nameFont}
              fill={ink}
            >
              {region.name_en}
            </text>
          ) : null}
        </>
      )}
      {opened ? (
        <text
          x={side - inset * 1.5}
          y={side - inset * 1.5}
          textAnchor="end"
          fontSize={Math.max(minFont, s * 0.15)}
          fontWeight={700}
          fill={palette.surface}
          data-role="opened"
        >
          2021
        </text>
      ) : null}
      {region.mini_program_growth_rank !== null ? (
        <g data-role="growth" transform={`translate(${side - m * 0.75},${m * 0.75})`}>
          <circle r={m * 0.85} fill={palette.secondary} stroke={palette.ink} strokeWidth={1} />
          <text
            textAnchor="middle"
            dominantBaseline="central"
            fontSize={m * 1.15}
            fontWeight={700}
            fill={palette.ink}
          >
            {formatNumber(region.mini_program_growth_rank, lang, { mode })}
          </text>
        </g>
      ) : null}
      {region.digital_upgrade ? (
        <path
          data-role="digital"
          d={diamondPath(m)}
          fill={palette.quaternary}
          stroke={palette.ink}
          strokeWidth={1}
        />
      ) : null}
      {region.away_order !== null ? (
        <path
          data-role="away"
          d={trianglePath(m, side)}
          fill={palette.tertiary}
          stroke={palette.ink}
          strokeWidth={1}
        />
      ) : null}
    </g>
  )
}

type CountsProps = {
  rows: readonly MapRow[]
  x: number
  y: number
  s: number
  lang: Lang
  mode: NumberMode
  fs: number
  /** Smallest type allowed. */
  minFont: number
  highlight: string | null
  /** Empty cells at the start of rows 0 and 1. */
  free: [number, number]
}

/** The article's two counts, as numbers: it does not say which regions they are. */
function Counts({ rows, x, y, s, lang, mode, fs, minFont, highlight, free }: CountsProps) {
  const zh = lang === 'zh'
  const supporting = countRow(rows, 'regions-supporting')
  const mini = countRow(rows, 'regions-mini-program')
  const rest = (c: CountRow) =>
    c.id === 'regions-supporting'
      ? zh
        ? '省市和地区支持微信支付缴纳社保'
        : ' support paying with WeChat Pay'
      : zh
        ? '省市和地区支持小程序缴费'
        : ' support mini-program payment'
  const line = (c: CountRow) => `${formatQuantity(c.figure, lang, { mode })}${rest(c)}`
  const lines = [supporting, mini].filter((c): c is CountRow => c !== undefined)
  // The longest wording whose lines fit beside the tiles at the smallest type.
  const noteWidth = free[1] * s - s * 0.2
  const notes = zh
    ? [['文中未列出是哪些地区，', '故地图上不标出']]
    : [
        ['The article does not list', 'which regions: no tiles marked'],
        ['Which regions: not', 'listed, not marked'],
        ['Not listed', 'in the article'],
      ]
  const note =
    notes.find((lines) => lines.every((l) => textWidth(l, minFont) <= noteWidth)) ??
    notes[notes.length - 1] ??
    []
  const topWidth = free[0] * s - s * 0.2
  const topFont = fitAllFontSize(lines.map(line), topWidth, {
    max: Math.max(minFont, Math.min(fs * 1.15, s * 0.3)),
    min: minFont,
  })
  const noteFont = fitAllFontSize(note, noteWidth, {
    max: Math.max(minFont, Math.min(fs * 0.95, s * 0.24)),
    min: minFont,
  })
  return (
    <g>
      {lines.map((c, i) => {
        const baseline = y + s * 0.4 + i * topFont * 1.5
        const lit = highlight === c.id
        return (
          <g
            key={c.id}
            data-figure={c.id}
            data-value={c.figure.value}
            data-qualifier={c.figure.qualifier}
          >
            {lit ? (
              <rect
                x={x - 2}
                y={baseline - topFont * 1.1}
                width={textWidth(line(c), topFont) + 4}
                height={topFont * 1.45}
                fill="none"
                stroke={palette.ink}
                strokeWidth={2.5}
              />
            ) : null}
            <text x={x} y={baseline} fontSize={topFont} fill={palette.ink}>
              <tspan fontWeight={700}>{formatQuantity(c.figure, lang, { mode })}</tspan>
              {rest(c)}
            </text>
          </g>
        )
      })}
      <text x={x} y={y + s * 1.35} fontSize={noteFont} fill={palette.subtle}>
        {note.map((t, i) => (
          <tspan key={t} x={x} dy={i === 0 ? 0 : noteFont * 1.35}>
            {t}
          </tspan>
        ))}
      </text>
    </g>
  )
}
