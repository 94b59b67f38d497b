import { act, fireEvent, screen, within } from '@testing-library/react'
import { create } from 'qrcode'
import { useSyncExternalStore } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { charts } from '../../src/charts/registry'
import { Deck } from '../../src/present/Deck'
import { parseDeckRoute } from '../../src/present/deckRoute'
import { PresenterView } from '../../src/present/PresenterView'
import { renderInPage } from '../dashboard/renderPage'
import { realReport } from '../realData'

const report = realReport()
/** Title, one slide per chart of the registry, closing. */
const count = charts.length + 2

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

/** What App does with the address: the deck, the presenter view, or (here) a stand-in page. */
function Routed() {
  const hash = useSyncExternalStore(subscribe, () => decodeURIComponent(location.hash.slice(1)))
  const route = parseDeckRoute(hash)
  if (!route) return <p>dashboard at {hash || 'top'}</p>
  return route.view === 'present' ? (
    <Deck report={report} routeSlide={route.slide} />
  ) : (
    <PresenterView report={report} routeSlide={route.slide} />
  )
}

function open(hash: string) {
  history.replaceState(null, '', `/${hash}`)
  return renderInPage(<Routed />)
}

/** The slide on show: the one the deck does not hide from assistive technology. */
const shown = () => {
  const slides = screen.getAllByRole('region', { hidden: true })
  const visible = slides.filter((s) => s.getAttribute('aria-hidden') !== 'true')
  expect(visible).toHaveLength(1)
  return visible[0] as HTMLElement
}

const key = (k: string, init: KeyboardEventInit = {}) =>
  act(() => {
    fireEvent.keyDown(window, { key: k, ...init })
  })

beforeEach(() => {
  vi.spyOn(window, 'open').mockImplementation(() => null)
})
afterEach(() => {
  vi.restoreAllMocks()
  history.replaceState(null, '', '/')
})

// Every slide draws its chart in jsdom: role queries over all of them take seconds.
describe('the deck', { timeout: 30_000 }, () => {
  it('has a title slide, one slide per chart in registry order, and a closing slide', () => {
    open('#/present/1')
    const slides = screen.getAllByRole('region', { hidden: true })
    expect(slides).toHaveLength(count)
    expect(slides.map((s) => s.getAttribute('aria-label'))).toEqual(
      Array.from({ length: count }, (_, i) => `${i + 1} / ${count}`),
    )
    expect(within(shown()).getByRole('heading', { level: 2 })).toHaveTextContent(
      '微信支付发布智慧社保数据报告：年缴费超7.5亿笔，人均缴费523元',
    )
    expect(shown()).toHaveTextContent('长沙晚报掌上长沙')
    expect(shown()).toHaveTextContent('2022年3月18日')
    for (const [i, spec] of charts.entries()) {
      const slide = slides[i + 1] as HTMLElement
      const chart = within(slide).getByRole('img', { name: spec.title.zh, hidden: true })
      expect(chart.querySelector('svg'), spec.id).not.toBeNull()
      const headline = spec.headline(spec.rows(report), 'zh')
      expect(headline, spec.id).not.toBe('')
      expect(within(slide).getByText(headline, { selector: '.deck-headline' })).toBeTruthy()
    }
  })

  it('shows the first chart’s figure as the article words it, bound included', () => {
    open('#/present/2')
    expect(shown().querySelector('.deck-headline')).toHaveTextContent(/^超7\.5亿笔$/)
    expect(within(shown()).getByRole('img', { name: charts[0]?.title.zh })).toBeInTheDocument()
  })

  it('moves with the keys and writes the slide into the address', () => {
    open('#/present/2')
    key('ArrowRight')
    expect(location.hash).toBe('#/present/3')
    expect(shown()).toHaveAttribute('aria-label', `3 / ${count}`)
    key('PageUp')
    expect(location.hash).toBe('#/present/2')
    key(' ')
    key('Enter')
    expect(location.hash).toBe('#/present/4')
    key('End')
    expect(location.hash).toBe(`#/present/${count}`)
    key('PageDown')
    expect(location.hash).toBe(`#/present/${count}`)
    key('Home')
    key('Backspace')
    expect(location.hash).toBe('#/present/1')
  })

  it('jumps to a typed number on Enter and shows the digits while typing', () => {
    open('#/present/1')
    key('3')
    expect(screen.getByRole('status')).toHaveTextContent('跳到第几张： 3')
    expect(location.hash).toBe('#/present/1')
    key('Enter')
    expect(location.hash).toBe('#/present/3')
    expect(screen.queryByRole('status')).toBeNull()
  })

  it('leaves Ctrl, Alt and Meta combinations to the browser (Ctrl+P prints)', () => {
    open('#/present/2')
    key('p', { ctrlKey: true })
    key('ArrowRight', { altKey: true })
    key('ArrowRight', { metaKey: true })
    expect(window.open).not.toHaveBeenCalled()
    expect(location.hash).toBe('#/present/2')
  })

  it.each([
    ['#/present/abc', '#/present/1'],
    ['#/present/0', '#/present/1'],
    [`#/present/${count + 40}`, `#/present/${count}`],
  ])('corrects %s to %s', (given, want) => {
    open(given)
    expect(location.hash).toBe(want)
  })

  it('follows the address when it is edited', () => {
    open('#/present/1')
    act(() => {
      history.replaceState(null, '', '/#/present/3')
      window.dispatchEvent(new HashChangeEvent('hashchange'))
    })
    expect(shown()).toHaveAttribute('aria-label', `3 / ${count}`)
  })

  it('Esc leaves for the dashboard at the chart last shown', () => {
    open('#/present/2')
    key('ArrowRight')
    key('End')
    key('Escape')
    expect(location.hash).toBe(`#${charts[1]?.id}`)
    expect(screen.getByText(`dashboard at ${charts[1]?.id}`)).toBeInTheDocument()
  })

  it('Esc from the title slide leaves for the top of the dashboard', () => {
    open('#/present/1')
    key('Escape')
    expect(location.hash).toBe('')
  })

  it('B blacks the screen, ? shows the keys, P opens the presenter view', () => {
    open('#/present/2')
    key('b')
    expect(screen.getByRole('status')).toHaveTextContent('黑屏中')
    key('B')
    expect(screen.queryByRole('status')).toBeNull()
    key('?')
    const help = screen.getByRole('dialog', { name: '快捷键' })
    expect(help).toHaveTextContent('PageDown')
    key('Escape')
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(location.hash).toBe('#/present/2')
    key('p')
    expect(window.open).toHaveBeenCalledWith(
      '/#/presenter/2',
      'deck-presenter',
      expect.stringContaining('popup'),
    )
  })

  it('turns the slide on a swipe', () => {
    open('#/present/2')
    const deck = screen.getByRole('main')
    fireEvent.touchStart(deck, { touches: [{ clientX: 600, clientY: 300 }] })
    fireEvent.touchEnd(deck, { changedTouches: [{ clientX: 200, clientY: 320 }] })
    expect(location.hash).toBe('#/present/3')
    fireEvent.touchStart(deck, { touches: [{ clientX: 200, clientY: 300 }] })
    fireEvent.touchEnd(deck, { changedTouches: [{ clientX: 600, clientY: 300 }] })
    expect(location.hash).toBe('#/present/2')
    // A mostly vertical drag is not a swipe.
    fireEvent.touchStart(deck, { touches: [{ clientX: 200, clientY: 100 }] })
    fireEvent.touchEnd(deck, { changedTouches: [{ clientX: 280, clientY: 600 }] })
    expect(location.hash).toBe('#/present/2')
  })

  it('ends with the citation and the page address as text and as a QR code of that address', () => {
    open(`#/present/${count}`)
    const address = `${location.origin}/`
    expect(shown()).toHaveTextContent(report.meta.citation.zh)
    expect(shown()).toHaveTextContent(address)
    const qr = within(shown()).getByRole('img', { name: `本页地址的二维码: ${address}` })
    // Read the drawn modules back and compare them with the library's code for the address.
    const { modules } = create(address, { errorCorrectionLevel: 'M' })
    const quiet = (Number(qr.getAttribute('viewBox')?.split(' ')[2]) - modules.size) / 2
    const drawn = new Set<string>()
    for (const rect of [...qr.querySelectorAll('rect')].slice(1)) {
      const x = Number(rect.getAttribute('x')) - quiet
      const y = Number(rect.getAttribute('y')) - quiet
      for (let i = 0; i < Number(rect.getAttribute('width')); i++) drawn.add(`${y},${x + i}`)
    }
    const expected = new Set<string>()
    for (let r = 0; r < modules.size; r++)
      for (let c = 0; c < modules.size; c++) if (modules.get(r, c)) expected.add(`${r},${c}`)
    expect(quiet).toBe(4)
    expect(drawn).toEqual(expected)
  })
})

describe('the presenter view', { timeout: 30_000 }, () => {
  it('shows the slide, the next one, and the article sentence and bounds behind the chart', () => {
    open('#/presenter/2')
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(`演讲者视图 · 2 / ${count}`)
    const notes = screen.getByRole('region', { name: '演讲备注' })
    expect(notes).toHaveTextContent('年缴费超7.5亿笔，同比上涨逾30%')
    expect(notes).toHaveTextContent('超7.5亿笔')
    expect(notes).toHaveTextContent('下限')
    expect(screen.getByRole('region', { name: '下一张' })).toBeInTheDocument()
    expect(screen.getByRole('timer', { name: '已用时间' })).toHaveTextContent('00:00')
  })

  it('steers with its own keys and buttons, and P does not open another window', () => {
    open('#/presenter/2')
    key('ArrowRight')
    expect(location.hash).toBe('#/presenter/3')
    fireEvent.click(screen.getByRole('button', { name: '上一张' }))
    expect(location.hash).toBe('#/presenter/2')
    key('p')
    expect(window.open).not.toHaveBeenCalled()
  })

  it('says when the slide shown is the last', () => {
    open(`#/presenter/${count}`)
    expect(screen.getByRole('region', { name: '下一张' })).toHaveTextContent('已是最后一张')
  })
})
