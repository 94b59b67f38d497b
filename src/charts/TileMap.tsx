import { useState } from 'react'
import type { Region } from '../data/schema'
import { formatNumber, formatQuantity } from '../i18n/format'
import type { Lang } from '../i18n/lang'
import { fontFamily, palette } from './palette'
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

/** Rough width of a label: CJK characters are square, Latin ones about 0.6 em. */
const textWidth = (text: string, fontSize: number) =>
  [...text].reduce((w, c) => w + ((c.codePointAt(0) ?? 0) > 0x2e80 ? 1 : 0.6), 0) * fontSize

/** The largest font up to `max` at which every text fits `width` (never below 8 px). */
const fitFont = (texts: readonly string[], width: number, max: number) =>
  Math.max(8, Math.min(max, ...texts.map((t) => (max * width) / Math.max(textWidth(t, max), 1))))

/**
 * The tile-grid map of China: one square per region at its row and column in regions.csv.
 * The 2021 openings fill the tile (and carry "2021"); the growth rank is a numbered circle; the
 * regions with most people paying from elsewhere a triangle; the digital upgrade a diamond.
 * Regions the article does not name are grey with a dashed edge: not stated, not "no".
 * The article's counts (31, 25) name no regions, so they are numbers in the empty north-west.
 */
/** Smallest chart text on a slide: shown 1.25× larger, 22.5 px = 2.5 % of the 900 px stage. */
const slideMinFont = 18

export function TileMap({ rows, size, lang, surface, highlight }: ChartProps<MapRow>) {
  const [active, setActive] = useState<string | null>(null)
  const regions = regionRows(rows)
  const { width, height } = size
  const big = surface === 'slide'
  const fs = big ? 22 : width < 420 ? 12 : 13
  const pad = 4
  const nRows = Math.max(0, ...regions.map((r) => r.region.row)) + 1
  const nCols = Math.max(0, ...regions.map((r) => r.region.col)) + 1
  const s = Math.max(
    0,
    Math.min((width - 2 * pad) / nCols, (height - 2 * pad) / nRows, big ? 220 : 96),
  )
  const x0 = (width - s * nCols) / 2
  const y0 = pad + Math.max(0, (height - 2 * pad - s * nRows) / 2)
  // Slide text stays at 18 px or more (2.5 % of the stage once the slide scales the chart).
  const minFont = big ? slideMinFont : 0
  const zhFont = Math.max(
    minFont,
    fitFont(
      regions.map((r) => r.region.name_zh),
      s * 0.9,
      big ? s * 0.34 : s * 0.27,
    ),
  )
  // English tiles carry a code; full names join it only when every one of them fits.
  const nameFont = fitFont(
    regions.map((r) => r.region.name_en),
    s * 0.88,
    s * 0.14,
  )
  const showNames = lang === 'en' && nameFont >= 9 && s >= 60 && !big
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
            fs={fs}
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
      {shown ? (
        <div
          className="chart-tooltip"
          role="status"
          style={{
            position: 'absolute',
            pointerEvents: 'none',
            left: Math.max(0, Math.min(x0 + shown.region.col * s + s / 2 - 110, width - 220)),
            top: y0 + (shown.region.row + 1) * s + 2,
            ...(shown.region.row >= nRows / 2
              ? { top: y0 + shown.region.row * s - 2, transform: 'translateY(-100%)' }
              : {}),
          }}
        >
          {tileText(shown.region, lang)}
        </div>
      ) : null}
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
  zhFont: number
  showName: boolean
  nameFont: number
  /** Smallest type allowed (18 on slides). */
  minFont: number
  lit: boolean
  onShow: (id: string | null) => void
}

function Tile({ r, x, y, s, lang, zhFont, showName, nameFont, minFont, lit, onShow }: TileProps) {
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
          fontSize={Math.max(8, minFont, s * 0.15)}
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
            {formatNumber(region.mini_program_growth_rank, lang)}
          </text>
        </g>
      ) : null}
      {region.digital_upgrade ? (
        <path
          data-role="digital"
          d={`M${m * 0.75},${m * 0.05} l${m * 0.7},${m * 0.7} l${-m * 0.7},${m * 0.7} l${-m * 0.7},${-m * 0.7} z`}
          fill={palette.quaternary}
          stroke={palette.ink}
          strokeWidth={1}
        />
      ) : null}
      {region.away_order !== null ? (
        <path
          data-role="away"
          d={`M${m * 0.1},${side - m * 0.15} l${m * 1.3},0 l${-m * 0.65},${-m * 1.15} z`}
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
  fs: number
  highlight: string | null
  /** Empty cells at the start of rows 0 and 1. */
  free: [number, number]
}

/** The article's two counts, as numbers: it does not say which regions they are. */
function Counts({ rows, x, y, s, lang, fs, highlight, free }: CountsProps) {
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
  const line = (c: CountRow) => `${formatQuantity(c.figure, lang)}${rest(c)}`
  const lines = [supporting, mini].filter((c): c is CountRow => c !== undefined)
  const note = zh
    ? ['文中未列出是哪些地区，', '故地图上不标出']
    : ['The article does not list', 'which regions: no tiles marked']
  const topWidth = free[0] * s - s * 0.2
  const topFont = fitFont(lines.map(line), topWidth, Math.min(fs * 1.15, s * 0.3))
  const noteFont = fitFont(note, free[1] * s - s * 0.2, Math.min(fs * 0.95, s * 0.24))
  return (
    <g>
      {lines.map((c, i) => {
        const baseline = y + s * 0.4 + i * topFont * 1.5
        const lit = highlight === c.id
        return (
          <g key={c.id} data-figure={c.id} data-value={c.figure.value}>
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
              <tspan fontWeight={700}>{formatQuantity(c.figure, lang)}</tspan>
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
