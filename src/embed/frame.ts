// What the boot script does on an embed page (src/embed/EmbedChart.tsx) before and beside its app:
// the theme the address asks for, and the page's height, told to the page that frames it.
import { applyTheme } from '../ui/theme'

/** The `type` of the message an embed page posts to its parent: `{type, chart, height}`. */
export const heightMessageType = 'wechat-ss-2021:height'

/** The `type` of the message embed.js sends each framed chart, asking for its height again. */
export const heightRequestType = 'wechat-ss-2021:height?'

/** What an embed page posts to its parent whenever its content height changes. */
export type HeightMessage = { type: typeof heightMessageType; chart: string; height: number }

/** The embed page's chart id, or null on any other page. */
export const embedChartId = (page: Document): string | null =>
  page.querySelector<HTMLElement>('[data-embed]')?.dataset.embed ?? null

/** `?theme=light|dark`: the host's choice; without it the page follows prefers-color-scheme. */
export function themeFromAddress(search: string): 'light' | 'dark' | null {
  const theme = new URLSearchParams(search).get('theme')
  return theme === 'light' || theme === 'dark' ? theme : null
}

/** The message for a page of `chart` whose content is `height` pixels tall. */
export const heightMessage = (chart: string, height: number): HeightMessage => ({
  type: heightMessageType,
  chart,
  height: Math.ceil(height),
})

/**
 * Shows the theme of the address, and posts the page's height to its parent now, whenever it
 * changes (a resize rewraps the text, the CSS switches drawings), and when the parent asks
 * (embed.js may load after the first message). The height is no secret: any parent may read it.
 */
export function startEmbed(chart: string): void {
  const theme = themeFromAddress(window.location.search)
  if (theme) applyTheme(theme)
  if (window.parent === window) return
  const html = document.documentElement
  let posted = 0
  const post = (always: boolean) => {
    const height = Math.ceil(html.getBoundingClientRect().height)
    if (height === posted && !always) return
    posted = height
    window.parent.postMessage(heightMessage(chart, height), '*')
  }
  new ResizeObserver(() => post(false)).observe(html)
  window.addEventListener('message', (event) => {
    if (event.source === window.parent && event.data?.type === heightRequestType) post(true)
  })
}
