import { describe, expect, it } from 'vitest'
import { langNames, langs, locales, parseLang } from '../../src/i18n/lang'
import { messages } from '../../src/i18n/messages'

const han = /[\u4e00-\u9fff]/

describe('the page texts', () => {
  it('have exactly the same keys in Chinese and English', () => {
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.zh).sort())
  })

  it.each(Object.keys(messages.zh))('%s: written in both languages', (key) => {
    const zh = messages.zh[key as keyof typeof messages.zh]
    const en = messages.en[key as keyof typeof messages.en]
    expect(zh.trim()).not.toBe('')
    expect(en.trim()).not.toBe('')
    expect(zh).toMatch(han)
    expect(en).not.toMatch(han)
  })
})

describe('languages', () => {
  it('names each language in itself and tags it for <html lang>', () => {
    expect(langs.map((l) => [langNames[l], locales[l]])).toEqual([
      ['中文', 'zh-CN'],
      ['English', 'en'],
    ])
  })

  it.each([
    ['en', 'en'],
    ['zh', 'zh'],
    [null, 'zh'],
    [undefined, 'zh'],
    ['', 'zh'],
    ['EN', 'zh'],
    ['fr', 'zh'],
    ['en-US', 'zh'],
  ] as const)('?lang=%s → %s', (value, lang) => {
    expect(parseLang(value)).toBe(lang)
  })
})
