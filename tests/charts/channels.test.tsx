import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { channels } from '../../src/charts/channels'
import { sentenceTexts } from '../../src/charts/figureRows'
import type { NumberMode } from '../../src/i18n/format'
import type { Lang } from '../../src/i18n/lang'
import { realReport } from '../realData'
import { CardChart } from './withTooltips'

const report = realReport()
const rows = channels.rows(report)
const size = { width: 600, height: 216 }

type Options = {
  highlight?: string | null
  at?: { width: number; height: number }
  mode?: NumberMode
  surface?: 'card' | 'slide' | 'export'
}

async function draw(
  lang: Lang,
  { highlight = null, at = size, mode = 'compact', surface = 'card' }: Options = {},
) {
  const sentences = sentenceTexts(report, lang)
  const view = render(
    <CardChart
      spec={channels}
      rows={rows}
      size={at}
      lang={lang}
      mode={mode}
      surface={surface}
      highlight={highlight}
      sentences={sentences}
    />,
  )
  // Recharts draws its marks in effects.
  await within(view.container).findByText(lang === 'zh' ? '90%以上' : 'at least 90%')
  return view
}

function box(node: Element | null | undefined) {
  if (!node) throw new Error('mark not drawn')
  return { x: Number(node.getAttribute('x')), width: Number(node.getAttribute('width')) }
}

/** The axis's tick labels, left to right: the texts that are all percentages. */
const ticks = (container: HTMLElement) =>
  [...container.querySelectorAll('svg text')]
    .map((t) => t.textContent ?? '')
    .filter((t) => /^\d+%$/.test(t))

describe('channels chart', () => {
  it.each([
    ['zh', '90%以上', '其余：文中未说明', '通过公众号或小程序缴费的用户'],
    ['en', 'at least 90%', 'The rest: not stated', 'Via official account or mini-program'],
  ] as const)(
    'labels the share as a lower bound and the rest as not stated in %s',
    async (lang, share, rest, name) => {
      const { container } = await draw(lang)
      const figure = container.querySelector('[data-figure="channels-share"]')
      expect(figure).toHaveTextContent(share)
      expect(figure).toHaveTextContent(name)
      expect(figure?.getAttribute('data-value')).toBe('90')
      expect(figure?.getAttribute('data-qualifier')).toBe('at_least')
      const unknown = container.querySelector('[data-mark="not-stated"]')
      expect(unknown).toHaveTextContent(rest)
      // The rest carries no number: it is not a 10 % share.
      expect(unknown?.textContent).not.toMatch(/\d/)
      expect(container.querySelector('svg')?.textContent).not.toContain('10%以')
      expect(ticks(container)).toContain('100%')
    },
  )

  it('draws 90 % of the 0–100 % scale, then an open arrow into the unstated rest', async () => {
    // On a phone the rest is narrower than a free open end would run.
    const { container } = await draw('zh', { at: { width: 324, height: 117 } })
    const bar = box(container.querySelector('[data-figure="channels-share"] rect[data-mark="bar"]'))
    const rest = box(container.querySelector('[data-mark="not-stated"] rect'))
    expect(rest.x).toBeCloseTo(bar.x + bar.width, 6)
    expect(bar.width / (bar.width + rest.width)).toBeCloseTo(0.9, 6)
    const open = container.querySelector('[data-figure="channels-share"] [data-mark="open-end"]')
    expect(open).not.toBeNull()
    // The arrow runs into the rest and stops inside it: the bound never reads as reaching 100 %.
    const arrowXs = [
      ...(open?.querySelector('path')?.getAttribute('d') ?? '').matchAll(/[ML]([\d.]+),/g),
    ].map((m) => Number(m[1]))
    expect(Math.max(...arrowXs)).toBeGreaterThan(rest.x)
    expect(Math.max(...arrowXs)).toBeLessThan(rest.x + rest.width)
    // Under the rest: a brace from its start to its end.
    expect(container.querySelector('[data-mark="not-stated"] path')?.getAttribute('d')).toMatch(
      new RegExp(`^M${rest.x},.* ${rest.x + rest.width},[\\d.]+$`),
    )
  })

  it('makes the bar stronger when the figure is highlighted', async () => {
    const bar = (c: HTMLElement) =>
      c.querySelector('[data-figure="channels-share"] rect[data-mark="bar"]')
    expect(bar((await draw('zh')).container)?.getAttribute('stroke-width')).toBe('0')
    expect(
      bar((await draw('zh', { highlight: 'channels-share' })).container)?.getAttribute(
        'stroke-width',
      ),
    ).toBe('3')
  })

  it.each(['compact', 'full'] as const)(
    'ticks the whole from zero to all of it, fewer on a phone, in %s digits',
    async (mode) => {
      const wide = ticks((await draw('en', { mode, at: { width: 694, height: 250 } })).container)
      const phone = ticks((await draw('en', { mode, at: { width: 324, height: 117 } })).container)
      for (const t of [wide, phone]) {
        expect(t[0]).toBe('0%')
        expect(t.at(-1)).toBe('100%')
        const steps = t.map((label) => Number.parseFloat(label))
        const step = (steps[1] ?? 0) - (steps[0] ?? 0)
        for (const [i, s] of steps.entries()) expect(s).toBeCloseTo(i * step, 6)
      }
      expect(phone.length).toBeLessThanOrEqual(wide.length)
    },
  )

  it.each([
    ['zh', '90%以上 · 下限', '通过微信公众号或小程序缴费的占比达90%以上'],
    ['en', 'at least 90% · lower bound', 'official account or mini-program'],
  ] as const)(
    'shows the figure, its bound and its sentence in a tooltip on focus and arrow keys (%s)',
    async (lang, value, sentence) => {
      await draw(lang)
      const chart = screen.getByRole('group')
      act(() => chart.focus())
      fireEvent.keyDown(chart, { key: 'ArrowRight' })
      const tip = await screen.findByText(value)
      const tooltip = tip.closest('[data-tooltip-figure]')
      expect(tooltip?.getAttribute('data-tooltip-figure')).toBe('channels-share')
      expect(tooltip).toHaveTextContent(sentence)
      // The tooltip gives no figure for the rest.
      expect(tooltip?.textContent).not.toMatch(/10%/)
    },
  )

  it('keeps the bar, its open end and the rest on a slide', async () => {
    const { container } = await draw('zh', { surface: 'slide', at: { width: 1100, height: 420 } })
    expect(
      container.querySelector('[data-figure="channels-share"] [data-mark="open-end"]'),
    ).not.toBeNull()
    expect(container.querySelector('[data-mark="not-stated"]')).toHaveTextContent('文中未说明')
    expect(
      container
        .querySelector('[data-figure="channels-share"] [data-mark="value"]')
        ?.getAttribute('font-size'),
    ).toBe('22')
  })

  it.each([
    ['zh', ['90%以上', '实际占比可能更高', '文中未说明', '不代表任何占比']],
    [
      'en',
      ['at least 90%', 'the true share may be higher', 'not stated', 'not a share of its own'],
    ],
  ] as const)('describes what it draws in %s', (lang, parts) => {
    const text = channels.describe(rows, lang, 'full')
    for (const part of parts) expect(text).toContain(part)
    expect(text).not.toContain('10%')
  })

  it('states the claim, headline and legend with the open bound and the unknown rest', () => {
    expect(channels.caption(rows, 'zh', 'compact')).toContain('90%以上')
    expect(channels.caption(rows, 'en', 'full')).toContain('at least 90%')
    expect(channels.caption(rows, 'en', 'compact')).not.toContain('10%')
    expect(channels.headline(rows, 'zh', 'compact')).toBe('90%以上')
    expect(channels.headline(rows, 'en', 'full')).toBe('at least 90%')
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
  ])('draws no negative sizes while a card is measured at $width × $height', async (tiny) => {
    const { Chart } = channels
    const { container } = render(
      <Chart
        rows={rows}
        size={tiny}
        lang="en"
        mode="compact"
        surface="card"
        highlight={null}
        sentences={new Map()}
      />,
    )
    await act(() => new Promise((r) => setTimeout(r, 20)))
    for (const rect of container.querySelectorAll('rect')) {
      expect(Number(rect.getAttribute('width'))).toBeGreaterThanOrEqual(0)
      expect(Number(rect.getAttribute('height'))).toBeGreaterThanOrEqual(0)
    }
  })
})
