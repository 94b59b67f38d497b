import { describe, expect, it } from 'vitest'
import { defaultSiteUrl, ogImageHref, openGraphTags, siteUrl } from '../../scripts/openGraph'

describe('the base URL of link previews', () => {
  it.each([
    [undefined, 'http://127.0.0.1:4173/'],
    ['', 'http://127.0.0.1:4173/'],
    ['https://example.org', 'https://example.org/'],
    ['https://example.org/dash', 'https://example.org/dash/'],
    [' https://example.org/dash/?x=1#top ', 'https://example.org/dash/'],
  ])('SITE_URL=%j is %s', (value, url) => {
    expect(siteUrl(value)).toBe(url)
  })

  it('is the documented default without SITE_URL', () => {
    expect(defaultSiteUrl).toBe('http://127.0.0.1:4173/')
  })

  it.each(['ftp://example.org/', 'example.org'])('refuses %s', (value) => {
    expect(() => siteUrl(value)).toThrow()
  })
})

describe('the preview tags', () => {
  const tags = openGraphTags({
    site: 'https://example.org/dash/',
    page: 'embed/channels.en.html',
    image: ogImageHref('channels', 'en'),
    title: 'Users "paying" <through> official accounts & mini-programs',
    description: 'At least 90%.',
    imageAlt: 'A bar',
    siteName: 'Dashboard',
    lang: 'en',
  })
  const content = (name: string) =>
    new RegExp(`<meta (?:property|name)="${name}" content="([^"]*)" />`).exec(tags)?.[1]

  it.each([
    ['og:url', 'https://example.org/dash/embed/channels.en.html'],
    ['og:image', 'https://example.org/dash/og/channels.en.png'],
    ['og:image:width', '1200'],
    ['og:image:height', '630'],
    ['og:locale', 'en_US'],
    ['twitter:card', 'summary_large_image'],
    ['og:title', 'Users &quot;paying&quot; &lt;through&gt; official accounts &amp; mini-programs'],
  ])('%s is %s', (name, value) => {
    expect(content(name)).toBe(value)
  })

  it('names the Chinese images and locale without a language suffix', () => {
    expect(ogImageHref('dashboard', 'zh')).toBe('og/dashboard.png')
    expect(
      openGraphTags({
        site: 'https://example.org/',
        page: '',
        image: 'og/dashboard.png',
        title: 't',
        description: 'd',
        imageAlt: 'a',
        siteName: 's',
        lang: 'zh',
      }),
    ).toContain('<meta property="og:locale" content="zh_CN" />')
  })
})
