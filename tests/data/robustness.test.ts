import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { act, renderHook, waitFor } from '@testing-library/react'
import { createElement, type ReactNode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { formatDataError } from '../../src/data/errors'
import { type DataFileName, dataFileNames, maxDataFileBytes } from '../../src/data/files'
import {
  DataFileRefused,
  dataRetryDelay,
  fetchDataFile,
  retryDataFile,
  useReport,
} from '../../src/data/queries'
import { parseReport } from '../../src/data/report'
import { readDataFiles } from '../realData'

const real = readDataFiles()
const fixture = (name: string) =>
  readFileSync(resolve(import.meta.dirname, '../fixtures/broken', name), 'utf8')

/** The real data with one file replaced; every message, formatted as check-data prints it. */
function load(target: DataFileName, text: string) {
  const result = parseReport({ ...real, [target]: text })
  return { ...result, messages: result.errors.map(formatDataError) }
}

/** The messages about one file when it is replaced by a broken fixture. */
function messagesFor(target: DataFileName, fixtureName: string): string[] {
  const { report, errors } = load(target, fixture(fixtureName))
  expect(report).toBeNull()
  return errors.filter((e) => e.file === `data/${target}`).map(formatDataError)
}

describe('line ends, byte order marks and trailing blank lines change nothing, in every file', () => {
  const variants: [string, (text: string) => string][] = [
    ['CRLF line ends', (t) => t.replace(/\r?\n/g, '\r\n')],
    ['LF line ends', (t) => t.replace(/\r\n/g, '\n')],
    ['a byte order mark', (t) => `\uFEFF${t}`],
    ['trailing blank lines', (t) => `${t}\n\n\n`],
    ['all three', (t) => `\uFEFF${t.replace(/\r?\n/g, '\r\n')}\r\n\r\n`],
  ]
  it.each(
    dataFileNames.flatMap((name) =>
      variants.map(([what, change]) => [name, what, change] as const),
    ),
  )('%s with %s', (name, _what, change) => {
    const { report, errors } = parseReport({ ...real, [name]: change(real[name]) })
    expect(errors).toEqual([])
    expect(report?.figures.length).toBe(parseReport(real).report?.figures.length)
  })
})

describe('an empty, blank or binary file is named, and the rest of the page keeps what it can', () => {
  const broken: [string, string][] = [
    ['empty', ''],
    ['only a byte order mark', '\uFEFF'],
    ['only blank lines', '\n\n  \r\n'],
    ['binary with NUL bytes', 'PK\u0003\u0004\u0000\u0000\u0014\u0000\u0008\u0000'],
    ['undecodable bytes', '\uFFFD\uFFFDPNG\r\n\u001a\n\uFFFD\u0001\u0002'],
  ]
  it.each(dataFileNames.flatMap((name) => broken.map(([what, text]) => [name, what, text])))(
    '%s: %s',
    (name, _what, text) => {
      const { report, meta, article, errors } = load(name as DataFileName, text)
      expect(report).toBeNull()
      const own = errors.filter((e) => e.file === `data/${name}`)
      expect(own.length).toBeGreaterThan(0)
      for (const e of own) expect(e.message.trim()).not.toBe('')
      // The article comes from its own file alone, the header from report.json alone.
      if (name !== 'article.zh.md') expect(article?.blocks.length).toBeGreaterThan(10)
      if (name !== 'report.json') expect(meta?.articleTitle.zh).toContain('年缴费超7.5亿笔')
    },
  )

  it('an empty CSV says which header it needs; an empty article says it has no sentences', () => {
    expect(load('regions.csv', '').messages).toEqual([
      'data/regions.csv: the file is empty; it needs the header id,name_zh,name_en,code,kind,row,col,digital_upgrade,mini_program_opened_2021,mini_program_growth_rank,away_order,sentence_ids',
    ])
    expect(load('article.en.md', '').messages[0]).toBe(
      'data/article.en.md: the article has no sentences',
    )
    expect(load('report.json', '').messages).toEqual([
      'data/report.json: is not valid JSON (Unexpected end of JSON input)',
    ])
  })

  it('garbage without NUL bytes gives one header error at line 1, not a delimiter guess', () => {
    const messages = messagesFor('figures.csv', 'figures-garbage.csv')
    expect(messages).toHaveLength(1)
    expect(messages[0]).toMatch(
      /^data\/figures\.csv line 1: the header must be exactly id,topic,.*\(missing id, topic, label_zh/,
    )
  })
})

describe('broken rows not covered by brokenFiles.test.ts', () => {
  it.each([
    [
      'figures.csv',
      'figures-missing-cell.csv',
      [
        'data/figures.csv line 2: has 10 cells, the header has 11 (a comma inside a cell needs "quotes")',
      ],
    ],
    [
      'figures.csv',
      'figures-wrong-types.csv',
      [
        'data/figures.csv line 2, value: "" is not a number; write plain digits in base units, e.g. 750000000',
        'data/figures.csv line 2, derived: "yes" must be true or false',
        'data/figures.csv line 3, label_zh: is empty',
        'data/figures.csv line 3, value: "523元" is not a number; write plain digits in base units, e.g. 750000000',
      ],
    ],
    [
      'figures.csv',
      'figures-percent-over-100.csv',
      [
        'data/figures.csv line 2, value: 130 is outside 0–100 for a percent figure',
        'data/figures.csv line 2, value: the sentence "channels-share" (data/article.zh.md line 30) does not write 130 (percent) as 130%; check the value and the unit',
      ],
    ],
    [
      'regions.csv',
      'regions-wrong-types.csv',
      [
        'data/regions.csv line 2, kind: "country" is not one of province, autonomous_region, municipality, city',
        'data/regions.csv line 2, row: "a" is not a grid position (0 to 99)',
        'data/regions.csv line 2, mini_program_growth_rank: "first" must be a rank (1, 2, …) or empty (not stated)',
      ],
    ],
    [
      'regions.csv',
      'regions-duplicate-id.csv',
      ['data/regions.csv line 3, id: "jiangxi" is already used on line 2'],
    ],
    [
      'regions.csv',
      'regions-header-only.csv',
      ['data/regions.csv: the file has a header but no rows'],
    ],
  ] as const)('%s: %s', (target, name, expected) => {
    expect(messagesFor(target, name)).toEqual(expected)
  })

  it('a quote inside an unquoted cell is named at its line', () => {
    const [message] = messagesFor('figures.csv', 'figures-stray-quote.csv')
    expect(message).toMatch(/^data\/figures\.csv line 2/)
  })

  it('report.json: a source link that is not http(s) is refused, so it never becomes a link', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'x']) {
      const json = JSON.stringify({ ...JSON.parse(real['report.json']), sourceUrl: url }, null, 2)
      const { report, meta, messages } = load('report.json', json)
      expect(report).toBeNull()
      expect(meta).toBeNull()
      expect(messages).toContainEqual(
        expect.stringMatching(
          /^data\/report\.json line \d+, sourceUrl: must be an http\(s\) address$/,
        ),
      )
    }
  })

  it('report.json: JSON that is not an object is named', () => {
    for (const text of ['[]', 'null', '"report"', '42']) {
      const { messages } = load('report.json', text)
      expect(messages).toHaveLength(1)
      expect(messages[0]).toMatch(/^data\/report\.json: .*expected object/)
    }
  })
})

describe('fetchDataFile refuses a file too big to read, without reading it all', () => {
  const tenMegabytes = 10 * 1024 * 1024

  it('by its Content-Length', async () => {
    const body = 'x'.repeat(tenMegabytes)
    vi.stubGlobal('fetch', async () => new Response(body))
    const refused = fetchDataFile('figures.csv')
    await expect(refused).rejects.toBeInstanceOf(DataFileRefused)
    vi.stubGlobal(
      'fetch',
      async () => new Response('x', { headers: { 'content-length': String(tenMegabytes) } }),
    )
    await expect(fetchDataFile('figures.csv')).rejects.toThrow(
      `data/figures.csv: is ${tenMegabytes} bytes, more than the ${maxDataFileBytes} allowed`,
    )
    vi.unstubAllGlobals()
  })

  it('when the server sends no length: it stops reading just past the limit', async () => {
    let sent = 0
    const chunk = new Uint8Array(64 * 1024).fill(120)
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= tenMegabytes) return controller.close()
        sent += chunk.byteLength
        controller.enqueue(chunk)
      },
    })
    vi.stubGlobal('fetch', async () => new Response(stream))
    await expect(fetchDataFile('regions.csv')).rejects.toThrow(
      `data/regions.csv: is larger than the ${maxDataFileBytes} bytes allowed`,
    )
    expect(sent).toBeLessThan(maxDataFileBytes + 4 * chunk.byteLength)
    vi.unstubAllGlobals()
  })

  it('reads multi-byte text split across chunks exactly', async () => {
    const text = real['article.zh.md']
    const bytes = new TextEncoder().encode(text)
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 7) controller.enqueue(bytes.slice(i, i + 7))
        controller.close()
      },
    })
    vi.stubGlobal('fetch', async () => new Response(stream))
    await expect(fetchDataFile('article.zh.md')).resolves.toBe(text)
    vi.unstubAllGlobals()
  })
})

describe('retries', () => {
  it('a failed request is tried three more times with growing pauses; a refused file is not', () => {
    const offline = new TypeError('Failed to fetch')
    expect([0, 1, 2, 3].map((n) => retryDataFile(n, offline))).toEqual([true, true, true, false])
    expect(retryDataFile(0, new DataFileRefused('too big'))).toBe(false)
    expect([0, 1, 2, 3, 4].map(dataRetryDelay)).toEqual([500, 1000, 2000, 4000, 4000])
  })
})

describe('useReport() when a file does not arrive', () => {
  it('names the file, keeps the header and the article, and Retry recovers without a reload', async () => {
    let figuresUp = false
    vi.stubGlobal('fetch', async (url: string) => {
      const name = String(url).split('/').pop() as DataFileName
      if (name === 'figures.csv' && !figuresUp) throw new TypeError('Failed to fetch')
      return new Response(real[name])
    })
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    const wrapper = ({ children }: { children: ReactNode }) =>
      createElement(QueryClientProvider, { client }, children)
    const { result } = renderHook(() => useReport(), { wrapper })
    await waitFor(() => expect(result.current.status).toBe('unreachable'))
    const failed = result.current
    if (failed.status !== 'unreachable') throw new Error('not unreachable')
    await waitFor(() => {
      const state = result.current
      if (state.status !== 'unreachable') throw new Error('not unreachable')
      expect(state.article?.blocks.length).toBeGreaterThan(10)
    })
    expect(failed.failures).toEqual([{ file: 'data/figures.csv', message: 'Failed to fetch' }])
    const state = result.current
    if (state.status !== 'unreachable') throw new Error('not unreachable')
    expect(state.meta?.articleTitle.en).toMatch(/^WeChat Pay/)
    figuresUp = true
    act(() => state.retry())
    await waitFor(() => expect(result.current.status).toBe('loaded'))
    const loaded = result.current
    expect(loaded.status === 'loaded' && loaded.report?.figures.length).toBeGreaterThan(10)
    vi.unstubAllGlobals()
  })

  it('while a request hangs, names it; Retry cancels it and asks again', async () => {
    let hang = true
    const asked: string[] = []
    vi.stubGlobal('fetch', (url: string, init?: RequestInit) => {
      const name = String(url).split('/').pop() as DataFileName
      asked.push(name)
      if (name === 'regions.csv' && hang)
        return new Promise<Response>((_, reject) =>
          init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
        )
      return Promise.resolve(new Response(real[name]))
    })
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    const wrapper = ({ children }: { children: ReactNode }) =>
      createElement(QueryClientProvider, { client }, children)
    const { result } = renderHook(() => useReport(), { wrapper })
    await waitFor(() => {
      const state = result.current
      expect(state.status === 'loading' && state.pending).toEqual(['data/regions.csv'])
    })
    hang = false
    const state = result.current
    if (state.status !== 'loading') throw new Error('not loading')
    act(() => state.retry())
    await waitFor(() => expect(result.current.status).toBe('loaded'))
    expect(asked.filter((n) => n === 'regions.csv')).toHaveLength(2)
    vi.unstubAllGlobals()
  })
})
