import { describe, expect, it } from 'vitest'
import { articleUnits } from '../../src/data/article'
import { parseReport } from '../../src/data/report'
import type { Figure } from '../../src/data/schema'
import { readDataFiles, realReport } from '../realData'

/**
 * How the article writes a figure's number, computed from `value` by plain arithmetic (not by
 * the app's formatter), so that a typo in figures.csv cannot match its sentence.
 */
function asTheArticleWritesIt(f: Figure): string {
  const n = f.value
  const scaled = n >= 1e8 ? `${n / 1e8}亿` : n >= 1e4 ? `${n / 1e4}万` : String(n)
  switch (f.unit) {
    case 'percent':
      return `${n}%`
    case 'yuan':
      return `${n}元`
    case 'regions':
    case 'halls':
      return `${n}个`
    case 'percentage_points':
      return `${n}个百分点`
    case 'hour_of_day':
      return `${n}`
    case 'rank':
      return ['', '第一', '其次', '第三'][n] ?? `第${n}`
    default:
      return scaled
  }
}

const qualifierWords: Record<Figure['qualifier'], string[]> = {
  exact: [''],
  over: ['超', '逾', '超过'],
  at_least: ['以上'],
  about: ['约'],
  nearly: ['近'],
}

describe('the real data/', () => {
  it('is valid, with every figure and region', () => {
    const { errors, report } = parseReport(readDataFiles())
    expect(errors).toEqual([])
    expect(report?.figures).toHaveLength(23)
    expect(report?.regions).toHaveLength(32)
    expect(report?.regions.filter((r) => r.kind !== 'city')).toHaveLength(31)
  })

  const report = realReport()
  const sentences = articleUnits(report.article.zh)

  it.each(report.figures.filter((f) => !f.derived).map((f) => [f.id, f] as const))(
    '%s: its sentence writes its number and its qualifier',
    (_id, figure) => {
      const sentence = sentences.get(figure.sentence)?.text ?? ''
      const number = asTheArticleWritesIt(figure)
      expect(sentence).toContain(number)
      const words = qualifierWords[figure.qualifier]
      if (figure.qualifier === 'at_least') expect(sentence).toContain(`${number}以上`)
      else expect(words.some((w) => sentence.includes(`${w}${number}`))).toBe(true)
    },
  )

  it('derived figures follow from the stated ones, as their formulas say', () => {
    const value = (id: string) => report.figures.find((f) => f.id === id)?.value ?? Number.NaN
    expect(value('age-90s-share')).toBe(value('age-70s-share') - value('age-70s-lead'))
    expect(value('age-other-share')).toBe(
      100 - value('age-80s-share') - value('age-70s-share') - value('age-90s-share'),
    )
    expect(value('working-hours-share')).toBeCloseTo(100 - value('off-hours-share'), 10)
    expect(value('regions-opened-2021')).toBe(
      report.regions.filter((r) => r.mini_program_opened_2021).length,
    )
    // The arithmetic is in the formula, not typed into the note.
    for (const f of report.figures) {
      expect(f.formula === '').toBe(!f.derived)
      expect(f.note).not.toMatch(/ = \d/)
    }
  })

  it('every figure link in the article text names a figure in its own sentence or a region', () => {
    const regionIds = new Set(report.regions.map((r) => r.id))
    for (const [id, unit] of sentences) {
      for (const s of unit.segments ?? []) {
        if (s.ref === undefined || regionIds.has(s.ref)) continue
        const figure = report.figures.find((f) => f.id === s.ref)
        expect(figure, `${id} links ${s.ref}`).toBeDefined()
      }
    }
  })
})
