// Addresses of the embed pages and the snippet that puts one into another site. Pure: the build,
// the page's menu and the tests share it (the messages are src/embed/frame.ts's).
import type { Lang } from '../i18n/lang'

/** The folder of `dist/` holding one embed page per chart and language. */
export const embedDir = 'embed'

/** An embed page, relative to the dashboard: `embed/<id>.html`, `embed/<id>.en.html`. */
export const embedHref = (id: string, lang: Lang): string =>
  `${embedDir}/${id}${lang === 'en' ? '.en' : ''}.html`

/** The dashboard's card of a chart, relative to its embed page. */
export const dashboardHref = (id: string, lang: Lang): string =>
  `../${lang === 'en' ? 'en' : 'index'}.html#${id}`

/** The iframe's attribute naming its chart, which embed.js matches messages against. */
export const chartAttribute = 'data-wechat-ss-2021-chart'

/**
 * The iframe's height without embed.js: the chart at a 600 px column (a drawing `aspect` times
 * its width) and room for title, claim, legend and source. embed.js then fits it exactly.
 */
export const fixedHeight = (aspect: number): number => Math.round(260 + 600 * aspect)

/** What an editor pastes: the iframe, then the script that keeps its height to its content. */
export function embedSnippet({
  page,
  id,
  lang,
  title,
  aspect,
}: {
  /** The dashboard's address (index.html or en.html, or the folder): the snippet's base. */
  page: string
  id: string
  lang: Lang
  title: string
  aspect: number
}): string {
  const src = new URL(embedHref(id, lang), page).href
  const script = new URL('embed.js', page).href
  const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;')
  return [
    `<iframe src="${attribute(src)}" title="${attribute(title)}" ${chartAttribute}="${attribute(id)}" width="100%" height="${fixedHeight(aspect)}" style="border:0;max-width:1200px" loading="lazy"></iframe>`,
    `<script src="${attribute(script)}" async></script>`,
  ].join('\n')
}

/** The id of the JSON script element an embed page ships its report in, for its app. */
export const embedReportId = 'embed-report'
