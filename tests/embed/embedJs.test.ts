import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { JSDOM } from 'jsdom'
import { describe, expect, it } from 'vitest'

// public/embed.js, as a host page runs it: its iframes take the height their own page posts.
const script = readFileSync(resolve(import.meta.dirname, '../../public/embed.js'), 'utf8')

function hostPage() {
  const dom = new JSDOM(
    `<iframe id="a" src="https://charts.example/embed/channels.html" data-wechat-ss-2021-chart="channels" height="476"></iframe>
     <iframe id="b" src="https://charts.example/embed/age-shares.html" data-wechat-ss-2021-chart="age-shares" height="680"></iframe>`,
    { url: 'https://news.example/story.html', runScripts: 'outside-only' },
  )
  dom.window.eval(script)
  const { document, MessageEvent } = dom.window
  const frame = (id: string) => document.getElementById(id) as HTMLIFrameElement
  const post = (data: unknown, from: HTMLIFrameElement, origin = 'https://charts.example') =>
    dom.window.dispatchEvent(
      new MessageEvent('message', {
        data,
        origin,
        source: from.contentWindow as unknown as MessageEventSource,
      }),
    )
  return { frame, post, dom }
}

const message = (chart: string, height: number) => ({
  type: 'wechat-ss-2021:height',
  chart,
  height,
})

describe('embed.js', () => {
  it('sets the height of the frame that posted it, and of no other', () => {
    const { frame, post } = hostPage()
    post(message('channels', 512.4), frame('a'))
    expect(frame('a').style.height).toBe('513px')
    expect(frame('b').style.height).toBe('')
    post(message('age-shares', 700), frame('b'))
    expect(frame('b').style.height).toBe('700px')
  })

  it.each([
    ['from another origin', message('channels', 300), 'https://evil.example'],
    ['naming another chart', message('age-shares', 300), 'https://charts.example'],
    ['of another type', { ...message('channels', 300), type: 'resize' }, 'https://charts.example'],
    ['without a number', { ...message('channels', 300), height: '300' }, 'https://charts.example'],
    ['of no height', message('channels', 0), 'https://charts.example'],
    ['absurdly tall', message('channels', 1e9), 'https://charts.example'],
    ['that is no object', 'wechat-ss-2021:height', 'https://charts.example'],
  ])('ignores a message %s', (_, data, origin) => {
    const { frame, post } = hostPage()
    post(data, frame('a'), origin)
    expect(frame('a').style.height).toBe('')
  })

  it('ignores a message from a window that is not the frame, and runs once if included twice', () => {
    const { frame, post, dom } = hostPage()
    post(message('age-shares', 300), frame('a'))
    expect(frame('b').style.height).toBe('')
    dom.window.eval(script)
    post(message('channels', 444), frame('a'))
    expect(frame('a').style.height).toBe('444px')
  })
})
