import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { articleUnits } from '../../src/data/article'
import { formatDataError } from '../../src/data/errors'
import { parseReport } from '../../src/data/report'
import type { Qualifier } from '../../src/data/schema'
import { readDataFiles, realReport } from '../realData'

const fixture = (name: string) =>
  readFileSync(resolve(import.meta.dirname, '../fixtures/translation', name), 'utf8')

/** The messages about article.en.md when the two articles are a small base and one translation. */
function translationMessages(enFixture: string): string[] {
  const { errors } = parseReport({
    ...readDataFiles(),
    'article.zh.md': fixture('base.zh.md'),
    'article.en.md': fixture(enFixture),
  })
  return errors.filter((e) => e.file === 'data/article.en.md').map(formatDataError)
}

describe('the English article must match the Chinese sentence for sentence', () => {
  it('accepts a translation with the same ids, order, paragraphs and links', () => {
    expect(translationMessages('aligned.en.md')).toEqual([])
  })

  it.each([
    [
      'missing.en.md',
      [
        'data/article.en.md, id: "trend" (data/article.zh.md line 5) has no translation; add it after "h-digital" (line 3)',
      ],
    ],
    [
      'extra.en.md',
      ['data/article.en.md line 8, id: "translator-note" is not an id in data/article.zh.md'],
    ],
    [
      'order.en.md',
      [
        'data/article.en.md line 7, id: "channels-share" is out of order: data/article.zh.md has it before "payments-acceptance"',
      ],
    ],
    [
      'heading.en.md',
      [
        'data/article.en.md line 3, id: "h-digital" is a heading in data/article.zh.md; write it as "## {#h-digital} …"',
      ],
    ],
    [
      'paragraph.en.md',
      [
        'data/article.en.md line 8, id: "moved-2021" starts a new paragraph in data/article.zh.md; put a blank line before it',
      ],
    ],
    [
      'links.en.md',
      [
        'data/article.en.md line 1, link: "intro-summary" has no link to {payments-growth}, which data/article.zh.md line 1 links; mark its translation as [text]{payments-growth}',
        'data/article.en.md line 1, link: "intro-summary" links to {away-people}, which data/article.zh.md line 1 does not link',
      ],
    ],
  ])('%s', (name, expected) => {
    expect(translationMessages(name)).toEqual(expected)
  })

  it('refuses the whole report when the translation is out of line', () => {
    const { report } = parseReport({
      ...readDataFiles(),
      'article.en.md': fixture('links.en.md'),
    })
    expect(report).toBeNull()
  })
})

describe('the real translation', () => {
  const report = realReport()
  const zh = articleUnits(report.article.zh)
  const en = articleUnits(report.article.en)
  const figures = new Map(report.figures.map((f) => [f.id, f]))

  it('translates every sentence and heading, in the same order', () => {
    expect([...en.keys()]).toEqual([...zh.keys()])
    for (const [id, unit] of en) expect(unit.text, id).not.toMatch(/[\u4e00-\u9fff]/)
  })

  // How each edition words a bound; the English must carry over what the Chinese says.
  const words: Record<Qualifier, { zh: RegExp; en: RegExp }> = {
    exact: { zh: /^(?!.*(超|逾|近|约|以上))/, en: /^(?!.*(more than|nearly|about|at least))/i },
    over: { zh: /^(超|逾|超过)/, en: /^more than /i },
    at_least: { zh: /以上$/, en: /^at least /i },
    about: { zh: /^约/, en: /^about /i },
    nearly: { zh: /^近/, en: /^nearly /i },
  }
  const links = [...zh].flatMap(([id, unit]) =>
    (unit.segments ?? []).flatMap((s) => {
      const figure = s.ref ? figures.get(s.ref) : undefined
      return figure ? [{ id, ref: figure.id, qualifier: figure.qualifier, text: s.text }] : []
    }),
  )

  it.each(links)('$id: [$text]{$ref} keeps its qualifier ($qualifier)', (link) => {
    expect(link.text).toMatch(words[link.qualifier].zh)
    const translated = (en.get(link.id)?.segments ?? []).filter((s) => s.ref === link.ref)
    expect(translated.length).toBeGreaterThan(0)
    for (const s of translated) expect(s.text).toMatch(words[link.qualifier].en)
  })
})
