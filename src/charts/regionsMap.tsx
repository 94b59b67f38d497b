import { lazy } from 'react'
import { formatQuantity, formatWithUnit, type NumberMode } from '../i18n/format'
import type { Lang } from '../i18n/lang'
import { palette } from './kit/palette'
import {
  countRow,
  joinNames,
  type MapRow,
  mapColumns,
  mapRows,
  notStated,
  regionRows,
  regionsWith,
  unnamedCount,
} from './regionsMapRows'
import { defineChart } from './spec'

/** Regions the article names; links such as [内蒙古]{inner-mongolia} lead to this map. */
const namedRegions = [
  'inner-mongolia',
  'qinghai',
  'anhui',
  'shanghai',
  'ningxia',
  'shenzhen',
  'jiangxi',
  'guizhou',
  'henan',
] as const

const rank = (n: number | null, lang: Lang) =>
  n === null ? '' : formatWithUnit({ value: n, unit: 'rank' }, lang)

const counts = (rows: readonly MapRow[], lang: Lang, mode?: NumberMode) => {
  const supporting = countRow(rows, 'regions-supporting')
  const mini = countRow(rows, 'regions-mini-program')
  return supporting && mini
    ? {
        supporting: formatQuantity(supporting.figure, lang, { mode }),
        mini: formatQuantity(mini.figure, lang, { mode }),
      }
    : null
}

/** Chart 3: where the article says what, on a tile-grid map; its counts stay counts. */
export const regionsMap = defineChart<MapRow>({
  id: 'regions-map',
  title: { zh: '各地微信支付缴社保：文中点名的地区', en: 'Regions the article names' },
  figureIds: ['regions-supporting', 'regions-mini-program', 'regions-opened-2021', ...namedRegions],
  sentenceIds: ['mini-opened', 'mini-growth', 'away-regions', 'intro-summary'],
  rows: mapRows,
  rowId: (r) => r.id,
  columns: mapColumns,
  Chart: lazy(() => import('./TileMap').then((m) => ({ default: m.TileMap }))),
  aspect: 1.15,
  caption: (rows, lang, mode) => {
    const c = counts(rows, lang, mode)
    if (!c) return ''
    return lang === 'zh'
      ? `全国${c.supporting}省市和地区支持通过微信支付缴纳社保，${c.mini}支持小程序缴费（文中未列出是哪些地区）；地图标出文中点名的地区。`
      : `${c.supporting} support paying social security with WeChat Pay and ${c.mini} support mini-programs (the article does not list which); the map marks the regions the article names.`
  },
  describe: (rows, lang, mode) => {
    const c = counts(rows, lang, mode)
    const tiles = regionRows(rows).length
    // Cities the map shows on their own, beside the provinces (深圳), from regions.csv.
    const cities = regionRows(rows)
      .filter((r) => r.region.kind === 'city')
      .map((r) => r.region)
    const opened = joinNames(regionsWith(rows, 'opened'), lang)
    const growth = regionsWith(rows, 'growth')
    const away = joinNames(regionsWith(rows, 'away'), lang)
    const digital = joinNames(regionsWith(rows, 'digital'), lang)
    const rest = unnamedCount(rows)
    if (lang === 'zh') {
      const ranked = growth
        .map((r) => `${r.name_zh}（${rank(r.mini_program_growth_rank, lang)}）`)
        .join('、')
      return [
        `瓦片地图，共${tiles}块，每块一个省级地区${cities.length ? `（${cities.map((r) => r.name_zh).join('、')}单列）` : ''}。`,
        c
          ? `文中说全国${c.supporting}省市和地区支持微信支付缴纳社保、${c.mini}支持小程序缴费，但没有列出是哪些地区，所以这两个数字只以数字写出，不在地图上标注。`
          : '',
        `2021年开通小程序缴纳社保通道（整块填色并标“2021”）：${opened}。`,
        `小程序缴费比例提升最快（圆圈中的数字为名次）：${ranked}。`,
        `异地缴纳社保人数最多（三角标记，按文中顺序）：${away}。`,
        `数字化升级明显（菱形标记）：${digital}。`,
        `其余${rest}个地区${notStated(lang)}（灰底虚线框）。`,
      ].join('')
    }
    const ranked = growth
      .map((r) => `${r.name_en} (${rank(r.mini_program_growth_rank, lang)})`)
      .join(', ')
    return [
      `A tile-grid map of ${tiles} tiles, one per provincial-level region${cities.length ? ` (${cities.map((r) => r.name_en).join(', ')} on its own)` : ''}.`,
      c
        ? ` The article says ${c.supporting} support paying social security with WeChat Pay and ${c.mini} support mini-programs, but does not list which, so these are written as numbers and not marked on tiles.`
        : '',
      ` Opened mini-program payment in 2021 (filled tile marked "2021"): ${opened}.`,
      ` Fastest growth in the share paid in mini-programs (rank in a circle): ${ranked}.`,
      ` Most people paying social security from elsewhere (triangle, in the article's order): ${away}.`,
      ` Marked digital upgrade (diamond): ${digital}.`,
      ` The other ${rest} regions: ${notStated(lang)} (grey, dashed edge).`,
    ].join('')
  },
  headline: (rows, lang, mode) => {
    const supporting = countRow(rows, 'regions-supporting')
    if (!supporting) return ''
    const n = formatQuantity(supporting.figure, lang, { mode })
    return lang === 'zh' ? `${n}省市和地区` : n
  },
  legend: (_rows, lang) => {
    const zh = lang === 'zh'
    return [
      {
        label: zh
          ? '填色并标“2021”：2021年开通小程序缴费'
          : 'Filled, marked "2021": opened mini-program payment in 2021',
        color: palette.primary,
      },
      {
        label: zh
          ? '圆圈数字：小程序缴费比例提升名次'
          : 'Number in a circle: rank in growth of mini-program share',
        color: palette.secondary,
      },
      {
        label: zh ? '三角：异地缴纳社保人数最多' : 'Triangle: most people paying from elsewhere',
        color: palette.tertiary,
      },
      {
        label: zh ? '菱形：数字化升级明显' : 'Diamond: marked digital upgrade',
        color: palette.quaternary,
      },
      {
        label: zh ? '灰底虚线框：文中未提及' : 'Grey, dashed edge: not stated in the article',
        color: palette.muted,
        pattern: 'outline',
      },
    ]
  },
})
