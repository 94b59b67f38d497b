import { describe, expect, it } from 'vitest'
import { dashboardHref, embedHref, embedSnippet, fixedHeight } from '../../src/embed/embedCode'
import { heightMessage, heightMessageType, themeFromAddress } from '../../src/embed/frame'

describe('embed addresses', () => {
  it.each([
    ['channels', 'zh', 'embed/channels.html', '../index.html#channels'],
    ['channels', 'en', 'embed/channels.en.html', '../en.html#channels'],
    ['regions-map', 'zh', 'embed/regions-map.html', '../index.html#regions-map'],
  ] as const)('%s in %s: page %s, back to %s', (id, lang, page, back) => {
    expect(embedHref(id, lang)).toBe(page)
    expect(dashboardHref(id, lang)).toBe(back)
    // The link back, followed from the embed page, lands on the dashboard's card.
    expect(new URL(back, `https://example.org/site/${page}`).href).toBe(
      `https://example.org/site/${lang === 'en' ? 'en' : 'index'}.html#${id}`,
    )
  })
})

describe('the embed snippet', () => {
  const base = {
    page: 'https://example.org/dash/index.html?digits=full#per-capita',
    id: 'per-capita',
    lang: 'zh',
    title: '人均缴费 "523元" & more',
    aspect: 0.5,
  } as const

  it('is an iframe of the embed page, then the script, both absolute from the page address', () => {
    expect(embedSnippet(base)).toBe(
      '<iframe src="https://example.org/dash/embed/per-capita.html" title="人均缴费 &quot;523元&quot; &amp; more" data-wechat-ss-2021-chart="per-capita" width="100%" height="560" style="border:0;max-width:1200px" loading="lazy"></iframe>\n' +
        '<script src="https://example.org/dash/embed.js" async></script>',
    )
  })

  it.each([
    ['https://example.org/dash/en.html', 'en', 'https://example.org/dash/embed/per-capita.en.html'],
    ['https://example.org/dash/', 'zh', 'https://example.org/dash/embed/per-capita.html'],
    [
      'http://127.0.0.1:4173/en.html?lang=en',
      'en',
      'http://127.0.0.1:4173/embed/per-capita.en.html',
    ],
  ] as const)('from %s in %s frames %s', (page, lang, src) => {
    const snippet = embedSnippet({ ...base, page, lang })
    expect(snippet).toContain(`<iframe src="${src}"`)
    expect(snippet).toContain(`<script src="${new URL('embed.js', page).href}" async>`)
  })

  it.each([
    [0.36, 476],
    [1.2, 980],
  ])('is %s of 600 px tall plus room for the text without embed.js: %s px', (aspect, height) => {
    expect(fixedHeight(aspect)).toBe(height)
    expect(embedSnippet({ ...base, aspect })).toContain(` height="${height}"`)
  })
})

describe('the embed page script', () => {
  it.each([
    ['?theme=dark', 'dark'],
    ['?theme=light&x=1', 'light'],
    ['?theme=blue', null],
    ['', null],
  ])('reads %s as theme %s', (search, theme) => {
    expect(themeFromAddress(search)).toBe(theme)
  })

  it('posts the chart and its height in whole pixels, rounded up', () => {
    expect(heightMessage('channels', 431.2)).toEqual({
      type: 'wechat-ss-2021:height',
      chart: 'channels',
      height: 432,
    })
    expect(heightMessageType).toBe('wechat-ss-2021:height')
  })
})
