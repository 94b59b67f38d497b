import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { palette } from '../../src/charts/kit/palette'
import { regionsMap } from '../../src/charts/regionsMap'
import type { Lang } from '../../src/i18n/lang'
import { realReport } from '../realData'

const report = realReport()
const rows = regionsMap.rows(report)
const width = 560
const height = Math.round(width * regionsMap.aspect)

function draw(lang: Lang, highlight: string | null = null) {
  const { Chart } = regionsMap
  const { container } = render(
    <Chart
      rows={rows}
      size={{ width, height }}
      lang={lang}
      surface="card"
      highlight={highlight}
      mode="compact"
      sentences={new Map()}
    />,
  )
  const svg = container.querySelector('svg')
  if (!svg) throw new Error('no svg drawn')
  return svg
}

const tile = (svg: SVGSVGElement, id: string) => {
  const node = svg.querySelector(`[data-region="${id}"]`)
  if (!node) throw new Error(`no tile for ${id}`)
  return node
}

/** What the article says of each region it names (from the sentences, not from the code). */
const named = {
  'inner-mongolia': { roles: 'opened growth digital', rank: '1', zh: '内蒙古', en: 'IM' },
  qinghai: { roles: 'growth digital', rank: '2', zh: '青海', en: 'QH' },
  anhui: { roles: 'opened growth digital', rank: '3', zh: '安徽', en: 'AH' },
  shanghai: { roles: 'opened', rank: null, zh: '上海', en: 'SH' },
  ningxia: { roles: 'opened', rank: null, zh: '宁夏', en: 'NX' },
  shenzhen: { roles: 'opened', rank: null, zh: '深圳', en: 'SZ' },
  jiangxi: { roles: 'away', rank: null, zh: '江西', en: 'JX' },
  guizhou: { roles: 'away', rank: null, zh: '贵州', en: 'GZ' },
  henan: { roles: 'away', rank: null, zh: '河南', en: 'HEN' },
} as const

describe('regions map', () => {
  it('has one row per region and one per count the article gives', () => {
    expect(rows.filter((r) => r.kind === 'region')).toHaveLength(32)
    expect(rows.filter((r) => r.kind === 'count').map((r) => r.id)).toEqual([
      'regions-supporting',
      'regions-mini-program',
      'regions-opened-2021',
    ])
    expect(new Set(rows.map(regionsMap.rowId)).size).toBe(rows.length)
  })

  it.each(['zh', 'en'] as const)('draws 32 tiles, each with a readable label (%s)', (lang) => {
    const svg = draw(lang)
    const tiles = [...svg.querySelectorAll('[data-region]')]
    expect(tiles).toHaveLength(32)
    for (const [id, n] of Object.entries(named))
      expect(tile(svg, id).textContent).toContain(n[lang])
    // Every tile is a square inside the chart.
    for (const t of tiles) {
      const box = t.querySelector('rect')
      expect(Number(box?.getAttribute('width'))).toBeGreaterThan(30)
      expect(box?.getAttribute('width')).toBe(box?.getAttribute('height'))
    }
  })

  it('gives the named regions their roles, with marks beyond colour', () => {
    const svg = draw('zh')
    for (const [id, n] of Object.entries(named)) {
      const t = tile(svg, id)
      expect(t.getAttribute('data-roles')).toBe(n.roles)
      expect(t.getAttribute('data-state')).toBe('stated')
      const roles = n.roles.split(' ')
      // The 2021 opening fills the tile and says "2021"; the others are shapes.
      expect(t.querySelector('[data-role="opened"]')?.textContent ?? null).toBe(
        roles.includes('opened') ? '2021' : null,
      )
      expect(t.querySelector('[data-role="growth"]')?.textContent ?? null).toBe(n.rank)
      expect(t.querySelector('[data-role="away"]') !== null).toBe(roles.includes('away'))
      expect(t.querySelector('[data-role="digital"]') !== null).toBe(roles.includes('digital'))
      expect(t.querySelector('rect')?.getAttribute('fill')).toBe(
        roles.includes('opened') ? palette.primary : palette.surface,
      )
    }
  })

  it('shows every other region as not stated, and colours no tile for the counts', () => {
    const svg = draw('zh')
    const unnamed = [...svg.querySelectorAll('[data-region]')].filter(
      (t) => !Object.keys(named).includes(t.getAttribute('data-region') ?? ''),
    )
    const notStated = [...svg.querySelectorAll('[data-state="not-stated"]')]
    expect(notStated).toHaveLength(23)
    expect(unnamed).toHaveLength(23)
    for (const t of notStated) {
      expect(Object.keys(named)).not.toContain(t.getAttribute('data-region'))
      expect(t.getAttribute('data-roles')).toBe('')
      const box = t.querySelector('rect')
      expect(box?.getAttribute('fill')).toBe(palette.unknown)
      expect(box?.getAttribute('stroke-dasharray')).toBeTruthy()
      expect(t.querySelector('title')?.textContent).toMatch(/：文中未提及$/)
      expect(t.querySelector('[data-role]')).toBeNull()
    }
    // Only the five 2021 openings are filled: 31 and 25 are numbers, not tiles.
    const filled = [...svg.querySelectorAll('[data-region] > rect')].filter(
      (r) => r.getAttribute('fill') === palette.primary,
    )
    expect(filled).toHaveLength(5)
  })

  it.each([
    ['zh', '31个省市和地区支持微信支付缴纳社保', '25个省市和地区支持小程序缴费', '文中未列出'],
    [
      'en',
      '31 regions support paying with WeChat Pay',
      '25 regions support mini-program payment',
      'does not list',
    ],
  ] as const)('writes the counts as numbers (%s)', (lang, supporting, mini, note) => {
    const svg = draw(lang)
    expect(svg.querySelector('[data-figure="regions-supporting"]')?.textContent).toBe(supporting)
    expect(svg.querySelector('[data-figure="regions-mini-program"]')?.textContent).toBe(mini)
    expect(svg.textContent).toContain(note)
  })

  it('lets a keyboard reach every tile and tells what the article says of it', async () => {
    const user = userEvent.setup()
    const { Chart } = regionsMap
    render(
      <Chart
        rows={rows}
        size={{ width, height }}
        lang="zh"
        surface="card"
        highlight={null}
        mode="compact"
        sentences={new Map()}
      />,
    )
    const tiles = screen.getAllByRole('img')
    expect(tiles).toHaveLength(32)
    expect(screen.getByRole('img', { name: /^内蒙古：/ })).toHaveAccessibleName(
      '内蒙古：2021年开通小程序缴纳社保通道；小程序缴费比例提升速度第一；数字化升级明显',
    )
    expect(screen.getByRole('img', { name: /^海南：/ })).toHaveAccessibleName('海南：文中未提及')
    expect(screen.queryByRole('status')).toBeNull()
    await user.tab()
    expect(tiles[0]).toHaveFocus()
    expect(screen.getByRole('status')).toHaveTextContent('黑龙江：文中未提及')
    // The focused tile is outlined, as a tile a reader points at is.
    expect(tiles[0]?.querySelector('rect')?.getAttribute('stroke-width')).toBe('4')
    // Tab order follows regions.csv: Heilongjiang, then Inner Mongolia.
    await user.tab()
    expect(tiles[1]).toHaveFocus()
    expect(screen.getByRole('status')).toHaveTextContent(/^内蒙古：2021年开通小程序缴纳社保通道/)
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('status')).toBeNull()
  })

  it('names rank and article order in English tooltips', () => {
    draw('en')
    expect(screen.getByRole('img', { name: /^Qinghai:/ })).toHaveAccessibleName(
      'Qinghai: 2nd in growth of the share paid in mini-programs; marked digital upgrade',
    )
    expect(screen.getByRole('img', { name: /^Henan:/ })).toHaveAccessibleName(
      'Henan: among the regions where most people pay from elsewhere (named 3rd in the article)',
    )
  })

  it('outlines the tile a reader points at, and all five for the 2021 openings', () => {
    const lit = (svg: SVGSVGElement) =>
      [...svg.querySelectorAll('[data-region]')]
        .filter((t) => t.querySelector('rect')?.getAttribute('stroke-width') === '4')
        .map((t) => t.getAttribute('data-region'))
    expect(lit(draw('zh', 'qinghai'))).toEqual(['qinghai'])
    expect(lit(draw('zh', 'regions-opened-2021')).sort()).toEqual(
      ['anhui', 'inner-mongolia', 'ningxia', 'shanghai', 'shenzhen'].sort(),
    )
    expect(lit(draw('zh', null))).toEqual([])
  })

  it('reaches the map from every figure link the article makes to a region or count', () => {
    const links = [...report.article.zh.blocks].flatMap((b) =>
      b.kind === 'paragraph' ? b.sentences.flatMap((s) => s.segments.map((x) => x.ref)) : [],
    )
    const regionLinks = links.filter(
      (ref) => ref && (report.regions.some((r) => r.id === ref) || ref.startsWith('regions-')),
    )
    expect(regionLinks.length).toBeGreaterThan(5)
    for (const ref of regionLinks) expect(regionsMap.figureIds).toContain(ref)
    expect(regionsMap.sentenceIds).toEqual([
      'mini-opened',
      'mini-growth',
      'away-regions',
      'intro-summary',
    ])
  })

  it.each([
    [
      'zh',
      [
        '共32块',
        '内蒙古、上海、安徽、宁夏、深圳',
        '内蒙古（第一）、青海（第二）、安徽（第三）',
        '江西、贵州、河南',
        '数字化升级明显（菱形标记）：内蒙古、青海、安徽',
        '31个省市和地区',
        '25个',
        '其余23个地区文中未提及',
      ],
    ],
    [
      'en',
      [
        '32 tiles',
        'Inner Mongolia, Shanghai, Anhui, Ningxia, Shenzhen',
        'Inner Mongolia (1st), Qinghai (2nd), Anhui (3rd)',
        'Jiangxi, Guizhou, Henan',
        '31 regions',
        '25 regions',
        'The other 23 regions: not stated in the article',
      ],
    ],
  ] as const)('describes the map in full, in the article order (%s)', (lang, texts) => {
    const text = regionsMap.describe(rows, lang)
    for (const t of texts) expect(text).toContain(t)
  })

  it.each([
    ['zh', '31个省市和地区', ['31个', '25个', '文中未列出']],
    ['en', '31 regions', ['31 regions', '25 regions', 'does not list']],
  ] as const)('headline and caption give the counts as counts (%s)', (lang, headline, texts) => {
    expect(regionsMap.headline(rows, lang)).toBe(headline)
    const caption = regionsMap.caption(rows, lang)
    for (const t of texts) expect(caption).toContain(t)
  })

  it('keeps "not stated" empty in the CSV columns and names rank and order in the table', () => {
    const value = (id: string, key: string) => {
      const row = rows.find((r) => r.id === id)
      const column = regionsMap.columns.find((c) => c.key === key)
      if (!row || !column) throw new Error(`no ${id}/${key}`)
      return {
        csv: column.value(row),
        zh: column.format?.(row, 'zh'),
        en: column.format?.(row, 'en'),
      }
    }
    expect(regionsMap.columns.map((c) => c.key)).toEqual([
      'id',
      'kind',
      'name_zh',
      'name_en',
      'mini_program_opened_2021',
      'mini_program_growth_rank',
      'away_order',
      'digital_upgrade',
      'count',
      'note',
      'sentence_ids',
    ])
    for (const key of [
      'mini_program_opened_2021',
      'mini_program_growth_rank',
      'away_order',
      'digital_upgrade',
      'count',
    ])
      expect(value('hainan', key)).toEqual({ csv: null, zh: '', en: '' })
    expect(value('inner-mongolia', 'mini_program_growth_rank')).toEqual({
      csv: 1,
      zh: '第一',
      en: '1st',
    })
    expect(value('guizhou', 'away_order')).toEqual({ csv: 2, zh: '第二', en: '2nd' })
    expect(value('shenzhen', 'mini_program_opened_2021').csv).toBe(true)
    expect(value('regions-supporting', 'count')).toEqual({ csv: 31, zh: '31个', en: '31 regions' })
    expect(value('regions-opened-2021', 'count').zh).toBe('5个（推算）')
    expect(value('anhui', 'sentence_ids').csv).toBe('intro-summary mini-opened mini-growth')
  })
})

describe('regions map at any size', () => {
  it.each([
    [0, 0, 'card'],
    [17, 20, 'card'],
    [200, 240, 'card'],
    [1600, 900, 'slide'],
  ] as const)('draws no negative size at %i × %i (%s)', (w, h, surface) => {
    const { Chart } = regionsMap
    const { container } = render(
      <Chart
        rows={rows}
        size={{ width: w, height: h }}
        lang="en"
        surface={surface}
        highlight="regions-supporting"
        mode="compact"
        sentences={new Map()}
      />,
    )
    const negative = [...container.querySelectorAll('rect')].filter(
      (r) => Number(r.getAttribute('width')) < 0 || Number(r.getAttribute('height')) < 0,
    )
    expect(negative).toEqual([])
  })
})

describe('regions map code and type', () => {
  it('loads its drawing on demand, not with the page', () => {
    expect((regionsMap.Chart as unknown as { $$typeof: symbol }).$$typeof).toBe(
      Symbol.for('react.lazy'),
    )
  })

  it.each(['zh', 'en'] as const)(
    'writes no card text under 11 px on a 390 px phone (%s)',
    (lang) => {
      const { Chart } = regionsMap
      const { container } = render(
        <Chart
          rows={rows}
          size={{ width: 324, height: Math.round(324 * regionsMap.aspect) }}
          lang={lang}
          mode="compact"
          surface="card"
          highlight={null}
          sentences={new Map()}
        />,
      )
      const sizes = [...container.querySelectorAll('text')].map((t) =>
        Number(t.getAttribute('font-size')),
      )
      expect(sizes.length).toBeGreaterThan(32)
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11)
    },
  )

  it.each(['compact', 'full'] as const)('gives the counts in either number mode (%s)', (mode) => {
    for (const lang of ['zh', 'en'] as const) {
      const texts = [
        regionsMap.caption(rows, lang, mode),
        regionsMap.headline(rows, lang, mode),
        regionsMap.describe(rows, lang, mode),
      ]
      for (const t of texts) expect(t).toMatch(/31/)
    }
  })
})

it('draws on the server too (the page is prerendered at build time)', async () => {
  const { renderToString } = await import('react-dom/server')
  const { Chart } = regionsMap
  const html = renderToString(
    <Chart
      rows={rows}
      size={{ width, height }}
      lang="zh"
      surface="card"
      highlight={null}
      mode="compact"
      sentences={new Map()}
    />,
  )
  expect(html.match(/data-region="/g)).toHaveLength(32)
  expect(html).toContain('31个')
})
