import { articleUnits } from '../data/article'
import { getFigure } from '../data/figures'
import type { Report } from '../data/report'
import type { Figure, Region } from '../data/schema'
import { formatQuantity, formatWithUnit } from '../i18n/format'
import type { Lang } from '../i18n/lang'
import { messages } from '../i18n/messages'
import type { Column } from './spec'

/**
 * A row of the regions map: a region's tile, or one of the article's region counts (31, 25,
 * the five of 2021), which name no regions and so are drawn as numbers, not tiles.
 */
export type MapRow =
  | {
      kind: 'region'
      id: string
      region: Region
      /** Place in the article's list of the 2021 openings (内蒙古、上海…), from 0; null if not listed. */
      listedAt: number | null
    }
  | { kind: 'count'; id: string; figure: Figure }

export type RegionRow = Extract<MapRow, { kind: 'region' }>
export type CountRow = Extract<MapRow, { kind: 'count' }>

/** The count figures the map states as numbers, in caption order. */
export const countIds = [
  'regions-supporting',
  'regions-mini-program',
  'regions-opened-2021',
] as const

/** The sentence that lists the 2021 openings, in the order the article gives them. */
const openedSentence = 'mini-opened'

/** Every region in regions.csv order, then the count figures. */
export function mapRows(report: Report): readonly MapRow[] {
  const listing = articleUnits(report.article.zh).get(openedSentence)?.text ?? ''
  const regions: MapRow[] = report.regions.map((region) => {
    const at = region.mini_program_opened_2021 ? listing.indexOf(region.name_zh) : -1
    return { kind: 'region', id: region.id, region, listedAt: at < 0 ? null : at }
  })
  const counts: MapRow[] = countIds.map((id) => ({
    kind: 'count',
    id,
    figure: getFigure(report, id),
  }))
  return [...regions, ...counts]
}

export const regionRows = (rows: readonly MapRow[]): RegionRow[] =>
  rows.filter((r): r is RegionRow => r.kind === 'region')

export const countRow = (rows: readonly MapRow[], id: (typeof countIds)[number]) =>
  rows.find((r): r is CountRow => r.kind === 'count' && r.id === id)

/** What the article says of a region, one phrase per role; empty when it names the region for nothing. */
export type Role = 'opened' | 'growth' | 'away' | 'digital'

export function rolesOf(r: Region): Role[] {
  const roles: Role[] = []
  if (r.mini_program_opened_2021) roles.push('opened')
  if (r.mini_program_growth_rank !== null) roles.push('growth')
  if (r.away_order !== null) roles.push('away')
  if (r.digital_upgrade) roles.push('digital')
  return roles
}

const rank = (n: number, lang: Lang) => formatWithUnit({ value: n, unit: 'rank' }, lang)

/** One role in words: 2021年开通小程序缴纳社保通道 / opened mini-program payment in 2021. */
export function roleText(role: Role, r: Region, lang: Lang): string {
  const zh = lang === 'zh'
  switch (role) {
    case 'opened':
      return zh ? '2021年开通小程序缴纳社保通道' : 'opened mini-program payment in 2021'
    case 'growth':
      return zh
        ? `小程序缴费比例提升速度${rank(r.mini_program_growth_rank ?? 0, lang)}`
        : `${rank(r.mini_program_growth_rank ?? 0, lang)} in growth of the share paid in mini-programs`
    case 'away':
      return zh
        ? `异地缴纳社保人数最多的地区之一（文中${rank(r.away_order ?? 0, lang)}个提到）`
        : `among the regions where most people pay from elsewhere (named ${rank(r.away_order ?? 0, lang)} in the article)`
    case 'digital':
      return zh ? '数字化升级明显' : 'marked digital upgrade'
  }
}

export const regionName = (r: Region, lang: Lang) => (lang === 'zh' ? r.name_zh : r.name_en)

export const notStated = (lang: Lang) =>
  lang === 'zh' ? '文中未提及' : 'not stated in the article'

/** A tile's tooltip and accessible name: 内蒙古：2021年开通…；数字化升级明显 / Hainan: not stated. */
export function tileText(r: Region, lang: Lang): string {
  const roles = rolesOf(r).map((role) => roleText(role, r, lang))
  const what = roles.length ? roles.join(lang === 'zh' ? '；' : '; ') : notStated(lang)
  return `${regionName(r, lang)}${lang === 'zh' ? '：' : ': '}${what}`
}

/** Names joined as the article joins them: 内蒙古、上海 / Inner Mongolia, Shanghai. */
export const joinNames = (regions: readonly Region[], lang: Lang) =>
  regions.map((r) => regionName(r, lang)).join(lang === 'zh' ? '、' : ', ')

/** The regions with a role, in the article's order for that role. */
export function regionsWith(rows: readonly MapRow[], role: Role): Region[] {
  const withRole = regionRows(rows).filter((r) => rolesOf(r.region).includes(role))
  const key = (r: RegionRow): number =>
    role === 'opened'
      ? (r.listedAt ?? Number.MAX_SAFE_INTEGER)
      : role === 'growth'
        ? (r.region.mini_program_growth_rank ?? 0)
        : role === 'away'
          ? (r.region.away_order ?? 0)
          : 0
  return withRole.sort((a, b) => key(a) - key(b)).map((r) => r.region)
}

/** A stated flag in words; empty when the article does not say. */
const yes = (flag: boolean, lang: Lang) => (flag ? (lang === 'zh' ? '是' : 'yes') : '')

/** The map's table and CSV: region names, each role (empty = not stated), counts, sentence ids. */
export const mapColumns: readonly Column<MapRow>[] = [
  { key: 'id', header: { zh: '编号', en: 'id' }, value: (r) => r.id },
  {
    key: 'kind',
    header: { zh: '类型', en: 'Kind' },
    value: (r) => r.kind,
    format: (r, lang) =>
      r.kind === 'region' ? (lang === 'zh' ? '地区' : 'region') : lang === 'zh' ? '计数' : 'count',
  },
  {
    key: 'name_zh',
    header: { zh: '名称', en: 'Name (Chinese)' },
    value: (r) => (r.kind === 'region' ? r.region.name_zh : r.figure.label_zh),
  },
  {
    key: 'name_en',
    header: { zh: '英文名称', en: 'Name' },
    value: (r) => (r.kind === 'region' ? r.region.name_en : r.figure.label_en),
  },
  {
    key: 'mini_program_opened_2021',
    header: { zh: '2021年开通小程序缴费', en: 'Opened mini-program payment in 2021' },
    value: (r) => (r.kind === 'region' && r.region.mini_program_opened_2021 ? true : null),
    format: (r, lang) => yes(r.kind === 'region' && r.region.mini_program_opened_2021, lang),
  },
  {
    key: 'mini_program_growth_rank',
    header: { zh: '小程序缴费比例提升名次', en: 'Rank in growth of mini-program share' },
    value: (r) => (r.kind === 'region' ? r.region.mini_program_growth_rank : null),
    format: (r, lang) =>
      r.kind === 'region' && r.region.mini_program_growth_rank !== null
        ? rank(r.region.mini_program_growth_rank, lang)
        : '',
  },
  {
    key: 'away_order',
    header: {
      zh: '异地缴费人数最多（文中顺序）',
      en: 'Most people paying from elsewhere (order in the article)',
    },
    value: (r) => (r.kind === 'region' ? r.region.away_order : null),
    format: (r, lang) =>
      r.kind === 'region' && r.region.away_order !== null ? rank(r.region.away_order, lang) : '',
  },
  {
    key: 'digital_upgrade',
    header: { zh: '数字化升级明显', en: 'Marked digital upgrade' },
    value: (r) => (r.kind === 'region' && r.region.digital_upgrade ? true : null),
    format: (r, lang) => yes(r.kind === 'region' && r.region.digital_upgrade, lang),
  },
  {
    key: 'count',
    header: { zh: '数量', en: 'Count' },
    value: (r) => (r.kind === 'count' ? r.figure.value : null),
    format: (r, lang) =>
      r.kind === 'count'
        ? `${formatQuantity(r.figure, lang)}${r.figure.derived ? messages[lang].derivedMark : ''}`
        : '',
  },
  {
    key: 'note',
    header: { zh: '说明', en: 'Note' },
    value: (r) => (r.kind === 'count' ? r.figure.note : ''),
  },
  {
    key: 'sentence_ids',
    header: { zh: '原文句子', en: 'Sentences' },
    value: (r) => (r.kind === 'region' ? r.region.sentence_ids.join(' ') : r.figure.sentence),
  },
]

/** How many regions the article names for nothing: the tiles in the 'not stated' state. */
export const unnamedCount = (rows: readonly MapRow[]) =>
  regionRows(rows).filter((r) => rolesOf(r.region).length === 0).length
