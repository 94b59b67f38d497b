import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { channels } from '../../src/charts/channels'
import type { Lang } from '../../src/i18n/lang'
import { realReport } from '../realData'

const rows = channels.rows(realReport())
const size = { width: 600, height: 192 }

function draw(lang: Lang, highlight: string | null = null) {
  const { Chart } = channels
  return render(<Chart rows={rows} size={size} lang={lang} surface="card" highlight={highlight} />)
}

function box(node: Element | null | undefined) {
  if (!node) throw new Error('mark not drawn')
  return { x: Number(node.getAttribute('x')), width: Number(node.getAttribute('width')) }
}

describe('channels chart', () => {
  it.each([
    ['zh', '90%以上', '文中未说明', '100%'],
    ['en', 'at least 90%', 'not stated', '100%'],
  ] as const)(
    'labels the share as a lower bound and the rest as not stated in %s',
    (lang, share, rest, full) => {
      const { container } = draw(lang)
      expect(container.querySelector('[data-figure="channels-share"]')).toHaveTextContent(share)
      const unknown = container.querySelector('[data-mark="not-stated"]')
      expect(unknown).toHaveTextContent(rest)
      // The rest carries no number: it is not a 10 % share.
      expect(unknown?.textContent).not.toMatch(/\d/)
      expect(container).toHaveTextContent(full)
    },
  )

  it('draws 90 % of the 0–100 % scale, then an open arrow into the unstated rest', () => {
    const { container } = draw('zh')
    const bar = box(container.querySelector('[data-figure="channels-share"] rect[data-mark="bar"]'))
    const rest = box(container.querySelector('[data-mark="not-stated"] rect'))
    expect(rest.x).toBeCloseTo(bar.x + bar.width, 6)
    expect(bar.width / (bar.width + rest.width)).toBeCloseTo(0.9, 6)
    expect(
      container.querySelector('[data-figure="channels-share"] [data-mark="open-end"]'),
    ).not.toBeNull()
  })

  it('makes the bar stronger when the figure is highlighted', () => {
    const bar = (c: HTMLElement) =>
      c.querySelector('[data-figure="channels-share"] rect[data-mark="bar"]')
    expect(bar(draw('zh').container)?.getAttribute('stroke-width')).toBe('0')
    expect(bar(draw('zh', 'channels-share').container)?.getAttribute('stroke-width')).toBe('3')
  })

  it.each([
    ['zh', ['90%以上', '实际占比可能更高', '文中未说明', '不代表任何占比']],
    [
      'en',
      ['at least 90%', 'the true share may be higher', 'not stated', 'not a share of its own'],
    ],
  ] as const)('describes what it draws in %s', (lang, parts) => {
    const text = channels.describe(rows, lang)
    for (const part of parts) expect(text).toContain(part)
    expect(text).not.toContain('10%')
  })

  it('states the claim, headline and legend with the open bound and the unknown rest', () => {
    expect(channels.caption(rows, 'zh')).toContain('90%以上')
    expect(channels.caption(rows, 'en')).toContain('at least 90%')
    expect(channels.caption(rows, 'en')).not.toContain('10%')
    expect(channels.headline(rows, 'zh')).toBe('90%以上')
    expect(channels.headline(rows, 'en')).toBe('at least 90%')
    expect(channels.sentenceIds[0]).toBe('channels-share')
    const legend = channels.legend(rows, 'en').map((item) => item.label)
    expect(legend).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/dashed arrow/i),
        expect.stringMatching(/not stated/),
      ]),
    )
  })

  it.each([
    { width: 4, height: 2 },
    { width: 40, height: 20 },
  ])('draws no negative sizes while a card is measured at $width × $height', (tiny) => {
    const { Chart } = channels
    const { container } = render(
      <Chart rows={rows} size={tiny} lang="en" surface="card" highlight={null} />,
    )
    for (const rect of container.querySelectorAll('rect')) {
      expect(Number(rect.getAttribute('width'))).toBeGreaterThanOrEqual(0)
      expect(Number(rect.getAttribute('height'))).toBeGreaterThanOrEqual(0)
    }
  })
})
