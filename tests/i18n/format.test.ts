import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Qualifier, Unit } from '../../src/data/schema'
import {
  formatDate,
  formatNumber,
  formatQualifier,
  formatQuantity,
  formatWithUnit,
  parseNumberMode,
  qualifierMark,
} from '../../src/i18n/format'
import { realReport } from '../realData'

/**
 * Every figure of data/figures.csv as a native speaker writes it: Chinese compact, Chinese with
 * every digit, English compact, English with every digit. Written by hand, not by the program.
 */
const expected: Record<string, [string, string, string, string]> = {
  'payments-2021': [
    '超7.5亿笔',
    '超750,000,000笔',
    'more than 750 million payments',
    'more than 750,000,000 payments',
  ],
  'payments-growth': ['超30%', '超30%', 'more than 30%', 'more than 30%'],
  'per-capita-amount': ['523元', '523元', '523 yuan', '523 yuan'],
  'regions-supporting': ['31个', '31个', '31 regions', '31 regions'],
  'regions-mini-program': ['25个', '25个', '25 regions', '25 regions'],
  'regions-opened-2021': ['5个', '5个', '5 regions', '5 regions'],
  'channels-share': ['90%以上', '90%以上', 'at least 90%', 'at least 90%'],
  'age-80s-share': ['32%', '32%', '32%', '32%'],
  'age-80s-rank': ['第一', '第一', '1st', '1st'],
  'age-70s-share': ['26%', '26%', '26%', '26%'],
  'age-70s-rank': ['第二', '第二', '2nd', '2nd'],
  'age-70s-lead': ['2个百分点', '2个百分点', '2 percentage points', '2 percentage points'],
  'age-90s-rank': ['第三', '第三', '3rd', '3rd'],
  'age-90s-share': ['24%', '24%', '24%', '24%'],
  'age-other-share': ['18%', '18%', '18%', '18%'],
  'away-people': [
    '超1.1亿人',
    '超110,000,000人',
    'more than 110 million people',
    'more than 110,000,000 people',
  ],
  'moved-people': [
    '近650万人',
    '近6,500,000人',
    'nearly 6.5 million people',
    'nearly 6,500,000 people',
  ],
  'off-hours-share': ['41.2%', '41.2%', '41.2%', '41.2%'],
  'working-hours-share': ['58.8%', '58.8%', '58.8%', '58.8%'],
  'peak-hour-start': ['18点', '18点', '18:00', '18:00'],
  'peak-hour-end': ['19点', '19点', '19:00', '19:00'],
  'peak-hour-payments': [
    '约15万笔',
    '约150,000笔',
    'about 150,000 payments',
    'about 150,000 payments',
  ],
  'peak-hour-halls': ['600个办事大厅', '600个办事大厅', '600 service halls', '600 service halls'],
}

const figures = realReport().figures
const cases = figures.flatMap((f) => {
  const [zhCompact, zhFull, enCompact, enFull] = expected[f.id] ?? ['?', '?', '?', '?']
  return [
    { id: f.id, lang: 'zh', mode: 'compact', text: zhCompact, figure: f },
    { id: f.id, lang: 'zh', mode: 'full', text: zhFull, figure: f },
    { id: f.id, lang: 'en', mode: 'compact', text: enCompact, figure: f },
    { id: f.id, lang: 'en', mode: 'full', text: enFull, figure: f },
  ] as const
})

describe('every figure of figures.csv, in both languages and both modes', () => {
  it('has an expected text for each figure, and no expected text without its figure', () => {
    expect(Object.keys(expected).sort()).toEqual(figures.map((f) => f.id).sort())
  })

  it.each(cases)('$id ($lang, $mode): $text', ({ figure, lang, mode, text }) => {
    expect(formatQuantity(figure, lang, { mode })).toBe(text)
  })

  it('writes compact digits when no mode is given (the old signature)', () => {
    for (const f of figures) {
      expect(formatQuantity(f, 'zh')).toBe(expected[f.id]?.[0])
      expect(formatQuantity(f, 'en')).toBe(expected[f.id]?.[2])
    }
  })
})

describe('every qualifier, in its words and its place', () => {
  const payments = (qualifier: Qualifier) => ({
    value: 150000,
    unit: 'payments' as Unit,
    qualifier,
  })
  const percent = (qualifier: Qualifier) => ({ value: 90, unit: 'percent' as Unit, qualifier })

  it.each([
    ['exact', '15万笔', '150,000 payments', '90%', '90%'],
    ['over', '超15万笔', 'more than 150,000 payments', '超90%', 'more than 90%'],
    ['at_least', '15万笔以上', 'at least 150,000 payments', '90%以上', 'at least 90%'],
    ['about', '约15万笔', 'about 150,000 payments', '约90%', 'about 90%'],
    ['nearly', '近15万笔', 'nearly 150,000 payments', '近90%', 'nearly 90%'],
  ] as const)('%s: %s / %s / %s / %s', (qualifier, zhCount, enCount, zhShare, enShare) => {
    expect(formatQuantity(payments(qualifier), 'zh')).toBe(zhCount)
    expect(formatQuantity(payments(qualifier), 'en')).toBe(enCount)
    expect(formatQuantity(percent(qualifier), 'zh')).toBe(zhShare)
    expect(formatQuantity(percent(qualifier), 'en')).toBe(enShare)
  })

  it.each([
    ['exact', '确数', 'exact', ''],
    ['over', '超过（下限）', 'more than (lower bound)', '>'],
    ['at_least', '以上（下限）', 'at least (lower bound)', '≥'],
    ['about', '约（近似值）', 'about (approximate)', '≈'],
    ['nearly', '近（略低于）', 'nearly (just under)', '<'],
  ] as const)('%s in words and as a mark', (qualifier, zh, en, mark) => {
    expect(formatQualifier(qualifier, 'zh')).toBe(zh)
    expect(formatQualifier(qualifier, 'en')).toBe(en)
    expect(qualifierMark[qualifier]).toBe(mark)
  })
})

describe('numbers alone (axis ticks) and units', () => {
  it.each([
    [0, '0', '0', '0', '0'],
    [523, '523', '523', '523', '523'],
    [9999, '9999', '9,999', '9,999', '9,999'],
    [10000, '1万', '10,000', '10,000', '10,000'],
    [150000, '15万', '150,000', '150,000', '150,000'],
    [6500000, '650万', '6,500,000', '6.5 million', '6,500,000'],
    [250000000, '2.5亿', '250,000,000', '250 million', '250,000,000'],
    [750000000, '7.5亿', '750,000,000', '750 million', '750,000,000'],
    [1000000000, '10亿', '1,000,000,000', '1 billion', '1,000,000,000'],
    [41.2, '41.2', '41.2', '41.2', '41.2'],
  ])('%d: %s / %s / %s / %s', (value, zhCompact, zhFull, enCompact, enFull) => {
    expect(formatNumber(value, 'zh')).toBe(zhCompact)
    expect(formatNumber(value, 'zh', { mode: 'full' })).toBe(zhFull)
    expect(formatNumber(value, 'en')).toBe(enCompact)
    expect(formatNumber(value, 'en', { mode: 'full' })).toBe(enFull)
  })

  it.each([
    [{ value: 1, unit: 'payments' }, '1笔', '1 payment'],
    [{ value: 1, unit: 'people' }, '1人', '1 person'],
    [{ value: 1, unit: 'regions' }, '1个', '1 region'],
    [{ value: 1, unit: 'halls' }, '1个办事大厅', '1 service hall'],
    [{ value: 1, unit: 'percentage_points' }, '1个百分点', '1 percentage point'],
    [{ value: 7500000, unit: 'yuan' }, '750万元', '7.5 million yuan'],
    [{ value: 9, unit: 'hour_of_day' }, '9点', '09:00'],
    [{ value: 11, unit: 'rank' }, '第11', '11th'],
    [{ value: 22, unit: 'rank' }, '第22', '22nd'],
  ] as const)('%o: %s / %s', (q, zh, en) => {
    expect(formatWithUnit(q, 'zh')).toBe(zh)
    expect(formatWithUnit(q, 'en')).toBe(en)
  })
})

describe('digits written by hand, against Intl (the page avoids Intl only for its cost)', () => {
  const intl = (value: number, lang: 'zh' | 'en', mode: 'compact' | 'full') => {
    const locale = lang === 'zh' ? 'zh-CN' : 'en'
    const options: Intl.NumberFormatOptions =
      mode === 'full'
        ? { maximumFractionDigits: 2 }
        : lang === 'zh'
          ? Math.abs(value) < 1e4
            ? { maximumFractionDigits: 2, useGrouping: false }
            : { notation: 'compact', maximumFractionDigits: 2 }
          : Math.abs(value) < 1e6
            ? { maximumFractionDigits: 2 }
            : { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 }
    return new Intl.NumberFormat(locale, options).format(value)
  }
  const agrees = (value: number) => {
    for (const lang of ['zh', 'en'] as const)
      for (const mode of ['compact', 'full'] as const)
        expect(formatNumber(value, lang, { mode }), `${value} ${lang} ${mode}`).toBe(
          intl(value, lang, mode),
        )
  }

  it.each([
    0,
    -0,
    1,
    -1,
    0.001,
    -0.001,
    0.005,
    1.005,
    1.015,
    2.675,
    9.995,
    99.995,
    999.995,
    9999,
    9999.994,
    9999.995,
    10000,
    10000.4,
    99994999,
    99995000,
    99999999,
    1e8,
    123456789,
    999999,
    999999.995,
    1e6,
    999999999,
    999995000,
    1e12,
    999999999999999,
    1e15,
    1.234e16,
    1e21,
    1e-7,
    Number.MAX_SAFE_INTEGER,
    Number.MIN_VALUE,
  ])('%d', (value) => {
    agrees(value)
  })

  it('on any number, on integers, and on numbers of two or three decimals', () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), agrees), {
      numRuns: 3000,
    })
    fc.assert(fc.property(fc.integer({ min: -1e12, max: 1e12 }), agrees), { numRuns: 3000 })
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e12 }), fc.constantFrom(100, 1000), (n, d) =>
        agrees(n / d),
      ),
      { numRuns: 3000 },
    )
  })

  it('writes percentages as Intl does', () => {
    for (let tenths = 0; tenths <= 1000; tenths++)
      for (const lang of ['zh', 'en'] as const)
        expect(formatWithUnit({ value: tenths / 10, unit: 'percent' }, lang)).toBe(
          new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en', {
            style: 'percent',
            maximumFractionDigits: 2,
          }).format(tenths / 1000),
        )
  })

  it('writes English ordinals as Intl.PluralRules does', () => {
    const suffixes: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' }
    const rules = new Intl.PluralRules('en', { type: 'ordinal' })
    for (let rank = 1; rank <= 1000; rank++)
      expect(formatWithUnit({ value: rank, unit: 'rank' }, 'en')).toBe(
        `${rank}${suffixes[rules.select(rank)]}`,
      )
  })
})

describe('parseNumberMode', () => {
  it.each([
    ['full', 'full'],
    ['compact', 'compact'],
    [null, 'compact'],
    ['', 'compact'],
    ['FULL', 'compact'],
    ['all', 'compact'],
  ] as const)('%s → %s', (value, mode) => {
    expect(parseNumberMode(value)).toBe(mode)
  })
})

describe('formatDate', () => {
  // The oracle is the browser's own Intl.DateTimeFormat in Beijing time, which the page avoids
  // only for its cost.
  const intl = (iso: string, lang: 'zh' | 'en') =>
    new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', {
      dateStyle: 'long',
      timeZone: 'Asia/Shanghai',
    }).format(new Date(iso))

  it.each([
    ['2022-03-18T14:56:57+08:00', '2022年3月18日', '18 March 2022'],
    // 23:30 in London is 07:30 the next morning in Beijing.
    ['2021-12-31T23:30:00+00:00', '2022年1月1日', '1 January 2022'],
    ['2020-02-29T00:00:00+08:00', '2020年2月29日', '29 February 2020'],
  ])('%s is %s / %s, as Intl writes it', (iso, zh, en) => {
    expect(formatDate(iso, 'zh')).toBe(zh)
    expect(formatDate(iso, 'en')).toBe(en)
    expect(formatDate(iso, 'zh')).toBe(intl(iso, 'zh'))
    expect(formatDate(iso, 'en')).toBe(intl(iso, 'en'))
  })

  it('agrees with Intl on every day of 2022, at 17:00 UTC (01:00 in Beijing)', () => {
    for (let day = 0; day < 365; day++) {
      const iso = new Date(Date.UTC(2022, 0, 1, 17) + day * 86_400_000).toISOString()
      expect(formatDate(iso, 'zh')).toBe(intl(iso, 'zh'))
      expect(formatDate(iso, 'en')).toBe(intl(iso, 'en'))
    }
  })
})
