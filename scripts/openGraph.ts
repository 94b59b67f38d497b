// Link previews: the Open Graph and Twitter card tags of the dashboard, en.html and every embed
// page, and where their images are. Preview crawlers need absolute addresses: they all start
// from one base, SITE_URL at build time (README, "Embedding").
import type { Lang } from '../src/i18n/lang.ts'

/** Where `npm start` serves the build: previews then work on this machine only. */
export const defaultSiteUrl = 'http://127.0.0.1:4173/'

/** The deployed site's address from `SITE_URL`, ending in `/`; the default where it is unset. */
export function siteUrl(value = process.env.SITE_URL): string {
  const url = new URL(value?.trim() || defaultSiteUrl)
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`SITE_URL must be an http(s) address, not ${value}`)
  url.search = ''
  url.hash = ''
  if (!url.pathname.endsWith('/')) url.pathname += '/'
  return url.href
}

/** The folder of `dist/` holding the preview images, 1200×630 PNGs. */
export const ogDir = 'og'

/** The dashboard's preview image is named as a chart would be: no chart may have this id. */
export const dashboardOgId = 'dashboard'

/** A preview image, relative to the site: `og/<id>.png`, `og/<id>.en.png`. */
export const ogImageHref = (id: string, lang: Lang): string =>
  `${ogDir}/${id}${lang === 'en' ? '.en' : ''}.png`

/** The size every preview image is drawn at: what Facebook, X and WeChat crop least. */
export const ogSize = { width: 1200, height: 630 } as const

const ogLocales: Record<Lang, string> = { zh: 'zh_CN', en: 'en_US' }

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** The `<meta>` tags of a page's link preview; `page` and `image` are relative to the site. */
export function openGraphTags(preview: {
  site: string
  page: string
  image: string
  title: string
  description: string
  imageAlt: string
  siteName: string
  lang: Lang
}): string {
  const { site, lang } = preview
  const tags: [string, string, string][] = [
    ['property', 'og:type', 'website'],
    ['property', 'og:site_name', preview.siteName],
    ['property', 'og:title', preview.title],
    ['property', 'og:description', preview.description],
    ['property', 'og:url', new URL(preview.page, site).href],
    ['property', 'og:image', new URL(preview.image, site).href],
    ['property', 'og:image:type', 'image/png'],
    ['property', 'og:image:width', String(ogSize.width)],
    ['property', 'og:image:height', String(ogSize.height)],
    ['property', 'og:image:alt', preview.imageAlt],
    ['property', 'og:locale', ogLocales[lang]],
    ['name', 'twitter:card', 'summary_large_image'],
  ]
  return tags
    .map(
      ([kind, name, content]) => `<meta ${kind}="${name}" content="${escapeAttribute(content)}" />`,
    )
    .join('\n    ')
}
