import type { ComponentType, ReactNode } from 'react'
import type { Report } from '../data/report'
import type { NumberMode } from '../i18n/format'
import type { Bilingual, Lang } from '../i18n/lang'
import type { TooltipOptions } from './kit/FigureTooltip'

/** The size a surface gives a chart, in CSS pixels. */
export type ChartSize = { width: number; height: number }

/** Where a chart is drawn: a dashboard card, a projector slide, or an exported image. */
export type Surface = 'card' | 'slide' | 'export'

/** What every chart component receives. */
export type ChartProps<Row> = {
  rows: readonly Row[]
  size: ChartSize
  lang: Lang
  /** How numbers are written: 7.5亿 (compact) or 750,000,000 (full). */
  mode: NumberMode
  surface: Surface
  /** Id of the row a reader points at (from a figure link in the article), or null. */
  highlight: string | null
  /** The article's sentences by id, in the chart's language: tooltips quote them. */
  sentences: ReadonlyMap<string, string>
}

/** One column of the chart's table and CSV. `value` is what the CSV holds (numbers stay numbers). */
export type Column<Row> = {
  key: string
  header: Bilingual
  value: (row: Row) => string | number | boolean | null
  /** What the table shows; defaults to `value` as text. `mode`: compact (7.5亿) or full digits. */
  format?: (row: Row, lang: Lang, mode?: NumberMode) => string
}

/** A legend entry, drawn by the frame (HTML on cards, inside the SVG in exports). */
export type LegendItem = { label: string; color: string; pattern?: 'hatch' | 'outline' }

/**
 * One chart, defined once: the dashboard card, the slide and the exports are frames around it.
 * A spec fetches nothing and draws no title, source or download button.
 */
export type ChartSpec<Row> = {
  /** Stable kebab-case id: the URL fragment, the export file name, the query key. */
  id: string
  title: Bilingual
  /** Ids in figures.csv (or regions.csv) this chart draws: figure links in the article point here. */
  figureIds: readonly string[]
  /** Ids of the article sentences the chart illustrates, quoted under it. */
  sentenceIds: readonly string[]
  rows: (report: Report) => readonly Row[]
  /** Row id, for highlighting and table keys. */
  rowId: (row: Row) => string
  columns: readonly Column<Row>[]
  /**
   * The drawing, loaded when first needed (React.lazy: Recharts is not in the page's first
   * code). Frames render it inside Suspense; a prerendered card holds its drawing until live.
   */
  Chart: ComponentType<ChartProps<Row>>
  /** Height over width on a card; slides and exports use their own sizes. */
  aspect: number
  /** The claim, one sentence, shown as the card caption. */
  caption: (rows: readonly Row[], lang: Lang, mode?: NumberMode) => string
  /** A full text description of what is drawn, for screen readers. */
  describe: (rows: readonly Row[], lang: Lang, mode?: NumberMode) => string
  /** The figure shown very large on the slide, with its qualifier: 超7.5亿笔. */
  headline: (rows: readonly Row[], lang: Lang, mode?: NumberMode) => string
  legend: (rows: readonly Row[], lang: Lang) => readonly LegendItem[]
  /**
   * What the tooltip of a mark that draws `figure` (its `data-figure`) says: kit/FigureTooltip;
   * null where that mark has none. The frames show it on hover, tap and the arrow keys
   * (kit/MarkTooltips), on the prerendered drawing as on the live one. Charts without it answer
   * the pointer themselves (the tile map).
   */
  tooltip?: (rows: readonly Row[], figure: string, options: TooltipOptions) => ReactNode
}

// biome-ignore lint/suspicious/noExplicitAny: the registry holds charts of different row types
export type AnyChartSpec = ChartSpec<any>

/** Declares a chart; the function only fixes the row type for inference. */
export const defineChart = <Row>(spec: ChartSpec<Row>): ChartSpec<Row> => spec
