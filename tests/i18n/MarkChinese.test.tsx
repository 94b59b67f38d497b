import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { MarkChinese } from '../../src/i18n/MarkChinese'

/** The rendered runs: [text, lang] with lang '' for unmarked text. */
function runs(text: string) {
  const { container } = render(
    <p>
      <MarkChinese text={text} />
    </p>,
  )
  return [...(container.firstChild?.childNodes ?? [])].map((node) => [
    node.textContent,
    node instanceof HTMLElement ? node.lang : '',
  ])
}

describe('MarkChinese', () => {
  it.each([
    [
      '超 = more than: a lower bound.',
      [
        ['超', 'zh-CN'],
        [' = more than: a lower bound.', ''],
      ],
    ],
    [
      'Derived: count of the regions the sentence lists (内蒙古, 上海) = 2.',
      [
        ['Derived: count of the regions the sentence lists (', ''],
        ['内蒙古', 'zh-CN'],
        [', ', ''],
        ['上海', 'zh-CN'],
        [') = 2.', ''],
      ],
    ],
    [
      'The lead says 同比增长逾30%.',
      [
        ['The lead says ', ''],
        ['同比增长逾', 'zh-CN'],
        ['30%.', ''],
      ],
    ],
    [
      '[微信支付发布智慧社保数据报告：年缴费超7.5亿笔]',
      [
        ['[', ''],
        ['微信支付发布智慧社保数据报告：年缴费超', 'zh-CN'],
        ['7.5', ''],
        ['亿笔', 'zh-CN'],
        [']', ''],
      ],
    ],
    ['No Chinese at all.', [['No Chinese at all.', '']]],
  ])('%s', (text, expected) => {
    expect(runs(text)).toEqual(expected)
  })
})
