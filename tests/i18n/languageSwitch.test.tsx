import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { act, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { App } from '../../src/App'
import { LangProvider } from '../../src/i18n/LangContext'
import { NumberModeProvider, useFormat, useUrlNumberMode } from '../../src/i18n/NumberModeContext'
import { withSearchParam } from '../../src/i18n/urlState'
import { DigitsSwitch } from '../../src/ui/DigitsSwitch'
import { readDataFiles } from '../realData'

const files = readDataFiles()

beforeEach(() => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      const name = String(url).split('/').pop() as keyof typeof files
      return new Response(files[name])
    }),
  )
  const meta = document.createElement('meta')
  meta.name = 'description'
  document.head.append(meta)
})

// The whole page renders in jsdom, every chart included: slower than a unit test.
vi.setConfig({ testTimeout: 30_000 })

afterEach(() => {
  vi.unstubAllGlobals()
  document.head.querySelector('meta[name="description"]')?.remove()
  history.replaceState(null, '', '/')
})

function renderApp(address: string) {
  history.replaceState(null, '', address)
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  return render(
    <QueryClientProvider client={client}>
      <App lang="zh" />
    </QueryClientProvider>,
  )
}

const description = () =>
  document.head.querySelector('meta[name="description"]')?.getAttribute('content')

/** Follows a link as far as jsdom can: the click runs the page's handlers, the navigation is kept. */
async function follow(link: HTMLElement): Promise<string> {
  const keep = (event: Event) => event.preventDefault()
  document.addEventListener('click', keep)
  await userEvent.click(link)
  document.removeEventListener('click', keep)
  return (link as HTMLAnchorElement).href
}

describe('the language switch', () => {
  it('links the English edition, taking the digits and the chart along', async () => {
    renderApp('/?digits=full#annual-payments')
    const title = await screen.findByRole('heading', { level: 1 })
    expect(title).toHaveTextContent('年缴费超7.5亿笔')
    expect(document.documentElement.lang).toBe('zh-CN')
    expect(document.title).toBe('2021微信支付智慧社保数据报告 · 数据看板')
    const english = screen.getByRole('link', { name: 'English' })
    expect(english).toHaveAttribute('href', 'en.html')
    expect(english).toHaveAttribute('lang', 'en')
    expect(await follow(english)).toBe('http://localhost:3000/en.html?digits=full#annual-payments')
  })

  it('links the Chinese edition from English, without ?lang', async () => {
    renderApp('/?lang=en&table=age-shares')
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      'more than 750 million payments a year',
    )
    expect(document.documentElement.lang).toBe('en')
    expect(document.title).toBe('2021 WeChat Pay Smart Social Security Data Report · Dashboard')
    expect(description()).toMatch(/^Every figure of the 2021 WeChat Pay/)
    const chinese = screen.getByRole('link', { name: '中文' })
    expect(chinese).toHaveAttribute('href', 'index.html')
    expect(chinese).toHaveAttribute('lang', 'zh-CN')
    expect(await follow(chinese)).toBe('http://localhost:3000/index.html?table=age-shares')
  })

  it('follows Back to the language before', async () => {
    renderApp('/?lang=en')
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      'WeChat Pay publishes',
    )
    act(() => {
      history.replaceState(null, '', '/')
      window.dispatchEvent(new PopStateEvent('popstate'))
    })
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('微信支付发布')
    expect(description()).toMatch(/^《2021微信支付智慧社保数据报告》/)
  })

  it.each([
    ['/?lang=en', 'en'],
    ['/?lang=fr', 'zh-CN'],
    ['/?lang=', 'zh-CN'],
    ['/', 'zh-CN'],
  ])('%s opens in %s', async (address, tag) => {
    renderApp(address)
    await screen.findByRole('heading', { level: 1 })
    expect(document.documentElement.lang).toBe(tag)
  })
})

describe('the English edition', () => {
  it('reads the English article, with the figure links of the Chinese', async () => {
    renderApp('/?lang=en')
    expect(
      await screen.findByRole('heading', {
        level: 2,
        name: 'More than 750 million payments a year, and ever more digital',
      }),
    ).toBeInTheDocument()
    expect(screen.getAllByRole('link', { name: 'more than 750 million' })[0]).toHaveAttribute(
      'href',
      '#annual-payments',
    )
    // English sentences are spaced; the Chinese original runs them together.
    const paragraph = (text: string) =>
      screen.getByText((_, el) => el?.tagName === 'P' && !!el.textContent?.includes(text))
    expect(paragraph('keep their social protection. Nearly 6.5 million users')).toBeTruthy()
    await userEvent.click(screen.getByRole('button', { name: 'Original 原文' }))
    expect(
      screen.getByText('社会保障。近650万用户', { exact: false }).closest('blockquote'),
    ).toBeTruthy()
  })

  it('shows the Chinese original after each paragraph with the Original switch', async () => {
    renderApp('/?lang=en')
    const toggle = await screen.findByRole('button', { name: 'Original 原文' })
    expect(toggle).toHaveAttribute('aria-pressed', 'false')
    expect(screen.queryAllByText('Chinese original:', { exact: false })).toEqual([])

    await userEvent.click(toggle)
    expect(toggle).toHaveAttribute('aria-pressed', 'true')
    const original = screen.getByText(
      '报告显示，2021年，超过1.1亿人通过微信支付异地缴纳社保。在相关部门不断提升数字化服务的背景下，大量游子即便在外打拼，也能及时缴纳家乡的社保。江西、贵州、河南等地异地缴纳社保的人数最多。',
    )
    expect(original).toHaveAttribute('lang', 'zh-CN')
    expect(original.closest('blockquote')).toHaveTextContent(/^Chinese original:/)
    expect(screen.getByText('超1.1亿人异地缴纳社保，助力新市民缴费')).toHaveAttribute(
      'lang',
      'zh-CN',
    )
    // The translation stays: the original is beside it, not instead of it.
    expect(
      screen.getByRole('heading', { level: 2, name: /^More than 110 million people/ }),
    ).toBeInTheDocument()

    expect(screen.getAllByText('Chinese original:', { exact: false })).toHaveLength(15)

    await userEvent.click(toggle)
    expect(screen.queryAllByText('Chinese original:', { exact: false })).toEqual([])
    expect(screen.queryByText('超1.1亿人异地缴纳社保，助力新市民缴费')).toBeNull()
  })

  it('has no Original switch in Chinese, where the article is the original', async () => {
    renderApp('/')
    await screen.findByRole('heading', { level: 1 })
    await waitFor(() => expect(screen.getAllByRole('figure').length).toBeGreaterThan(0))
    expect(screen.queryByRole('button', { name: /Original|原文/ })).toBeNull()
  })
})

/** A figure formatted by the page's digits mode, beside the switch that sets it. */
function Probe() {
  const format = useFormat()
  return (
    <output>{format.quantity({ value: 750000000, unit: 'payments', qualifier: 'over' })}</output>
  )
}
function Page({ lang }: { lang: 'zh' | 'en' }) {
  return (
    <LangProvider lang={lang}>
      <NumberModeProvider mode={useUrlNumberMode()}>
        <DigitsSwitch />
        <Probe />
      </NumberModeProvider>
    </LangProvider>
  )
}

describe('the digits switch', () => {
  it.each([
    ['zh', '数字写法', '完整数字', '超7.5亿笔', '超750,000,000笔'],
    [
      'en',
      'Numbers',
      'All digits',
      'more than 750 million payments',
      'more than 750,000,000 payments',
    ],
  ] as const)(
    '%s: compact by default, every digit with ?digits=full',
    async (lang, group, full, compactText, fullText) => {
      history.replaceState(null, '', '/?lang=en#x')
      render(<Page lang={lang} />)
      expect(screen.getByRole('status')).toHaveTextContent(compactText)
      const links = within(screen.getByRole('group', { name: group })).getAllByRole('link')
      const [compact, all] = links as [HTMLElement, HTMLElement]
      expect(all).toHaveTextContent(full)
      // Without the app, the links go to the page with and without ?digits=full.
      expect(all).toHaveAttribute('href', '?digits=full')
      expect(compact).toHaveAttribute('href', lang === 'en' ? 'en.html' : 'index.html')
      expect(compact).toHaveAttribute('aria-current', 'true')
      await userEvent.click(all)
      expect(window.location.search).toBe('?lang=en&digits=full')
      expect(window.location.hash).toBe('#x')
      expect(screen.getByRole('status')).toHaveTextContent(fullText)
      expect(all).toHaveAttribute('aria-current', 'true')
      expect(compact).not.toHaveAttribute('aria-current')
      await userEvent.click(compact)
      expect(window.location.search).toBe('?lang=en')
      expect(screen.getByRole('status')).toHaveTextContent(compactText)
    },
  )
})

describe('withSearchParam', () => {
  it.each([
    ['http://x/', 'lang', 'en', '/?lang=en'],
    ['http://x/a/?digits=full#/present/2', 'lang', 'en', '/a/?digits=full&lang=en#/present/2'],
    ['http://x/?lang=en&digits=full', 'lang', 'zh', '/?lang=zh&digits=full'],
    ['http://x/?lang=en&digits=full#c', 'digits', null, '/?lang=en#c'],
    ['http://x/?digits=full', 'digits', null, '/'],
  ])('%s with %s=%s → %s', (href, name, value, result) => {
    expect(withSearchParam(href, name, value)).toBe(result)
  })
})
