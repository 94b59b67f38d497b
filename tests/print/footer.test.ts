import { describe, expect, it } from 'vitest'
import { cssString, printFooter } from '../../src/print/printedFooter'

describe('the printed footer', () => {
  it('is a CSS string: quotes and backslashes escaped, line breaks as spaces', () => {
    expect(cssString('a "b" \\ c\nd')).toBe('"a \\"b\\" \\\\ c d"')
  })

  it('gives the source, the address and the date printed, in the page language', () => {
    const html = document.createElement('html')
    html.lang = 'zh-CN'
    html.dataset.printSource = '来源: 长沙晚报掌上长沙, 2022年3月18日'
    html.dataset.printedOn = '打印于'
    expect(printFooter(html, 'https://example.org/#per-capita', new Date(2026, 11, 2))).toBe(
      '"来源: 长沙晚报掌上长沙, 2022年3月18日 · https://example.org/#per-capita · 打印于 2026年12月2日"',
    )
    html.lang = 'en'
    html.dataset.printedOn = 'printed'
    expect(printFooter(html, 'https://example.org/en.html', new Date(2026, 11, 2))).toContain(
      'https://example.org/en.html · printed December 2, 2026',
    )
  })
})
