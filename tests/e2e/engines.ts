// One small browser interface over the three engines readers use, so that one test body runs in
// each: Chromium and Gecko (stock Firefox ESR, over WebDriver BiDi) through puppeteer-core, and
// WebKit (WebKitGTK's MiniBrowser, iOS WeChat's engine) through its WebDriver, spoken over HTTP.
// The engine comes from ENGINE=chromium|firefox|webkit (default chromium).
import { type ChildProcess, spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import puppeteer, { type Browser, type KeyInput, type Page } from 'puppeteer-core'
import { browserArgs } from './browser'

export type EngineName = 'chromium' | 'firefox' | 'webkit'

export const engineName = (process.env.ENGINE ?? 'chromium') as EngineName
if (!['chromium', 'firefox', 'webkit'].includes(engineName))
  throw new Error(`ENGINE=${engineName}: use chromium, firefox or webkit`)

/** The keys the tests press. */
export type Key = 'ArrowRight' | 'ArrowLeft' | 'Home' | 'End' | 'Escape'

/** One tab with its own storage (cookies, caches, service workers), closed by close(). */
export type Tab = {
  goto(url: string): Promise<void>
  /** The viewport's size in CSS pixels. */
  resize(width: number, height: number): Promise<void>
  /** Runs fn in the page with one JSON argument; a promise it returns is awaited. */
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<Awaited<R>>
  /** Real input: a pointer move, a click and a wheel turn at viewport coordinates, a key press. */
  move(x: number, y: number): Promise<void>
  click(x: number, y: number): Promise<void>
  wheel(x: number, y: number, deltaY: number): Promise<void>
  press(key: Key): Promise<void>
  /** A PNG of the viewport (WebKit's element and full-page shots come out black off screen). */
  screenshot(path: string): Promise<void>
  close(): Promise<void>
}

/** A running engine: new tabs, its name and version, and close(). */
export type Engine = {
  name: EngineName
  version: string
  newTab(): Promise<Tab>
  close(): Promise<void>
}

export function launchEngine(name: EngineName = engineName): Promise<Engine> {
  return name === 'webkit' ? launchWebKit() : launchPuppeteer(name)
}

async function launchPuppeteer(name: 'chromium' | 'firefox'): Promise<Engine> {
  const browser: Browser = await puppeteer.launch(
    name === 'firefox'
      ? { browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true }
      : {
          browser: 'chrome',
          executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
          headless: true,
          args: browserArgs,
        },
  )
  return {
    name,
    version: await browser.version(),
    async newTab() {
      const context = await browser.createBrowserContext()
      const page: Page = await context.newPage()
      return {
        goto: async (url) => void (await page.goto(url)),
        resize: (width, height) => page.setViewport({ width, height }),
        // biome-ignore lint/suspicious/noExplicitAny: puppeteer's evaluate types its own arguments
        evaluate: (fn, arg) => page.evaluate(fn as any, arg) as any,
        move: (x, y) => page.mouse.move(x, y),
        click: (x, y) => page.mouse.click(x, y),
        wheel: async (x, y, deltaY) => {
          await page.mouse.move(x, y)
          await page.mouse.wheel({ deltaY })
        },
        press: (key) => page.keyboard.press(key as KeyInput),
        screenshot: async (path) => void (await page.screenshot({ path })),
        // The page first, which waits until its target is gone, then its context: a context
        // disposed with its page still detaching raced the next test's createBrowserContext
        // ('Session with given id not found') under load.
        close: async () => {
          await page.close()
          await context.close()
        },
      }
    },
    close: () => browser.close(),
  }
}

const miniBrowser = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser'

/** WebDriver's codes for the keys the tests press. */
const webDriverKeys: Record<Key, string> = {
  ArrowLeft: '\uE012',
  ArrowRight: '\uE014',
  Home: '\uE011',
  End: '\uE010',
  Escape: '\uE00C',
}

/**
 * WebKitGTK has no headless mode: an X server of our own (Xvfb) holds its windows. Each tab gets
 * its own WebKitWebDriver and MiniBrowser: a shared driver crashed once and hung once.
 */
async function launchWebKit(): Promise<Engine> {
  const display = await startXvfb()
  let version = ''
  const engine: Engine = {
    name: 'webkit',
    version,
    async newTab() {
      const driver = await startDriver(display.name)
      const session = await driver.send('POST', '/session', {
        capabilities: {
          alwaysMatch: {
            browserName: 'MiniBrowser',
            // Full screen: the window takes any size asked, down to a phone's 390 px.
            'webkitgtk:browserOptions': {
              binary: miniBrowser,
              args: ['--automation', '--full-screen'],
            },
          },
        },
      })
      version = session.capabilities.browserVersion
      engine.version = version
      const at = `/session/${session.sessionId}`
      const send = (method: string, path: string, body?: unknown) =>
        driver.send(method, `${at}${path}`, body)
      const actions = (type: 'pointer' | 'key' | 'wheel', steps: unknown[]) =>
        send('POST', '/actions', {
          actions: [
            {
              type,
              id: type,
              ...(type === 'pointer' && { parameters: { pointerType: 'mouse' } }),
              actions: steps,
            },
          ],
        })
      return {
        goto: async (url) => void (await send('POST', '/url', { url })),
        // The window is the viewport in full screen; set it, then correct by what the page sees.
        async resize(width, height) {
          await send('POST', '/window/rect', { width, height })
          const inner = await send('POST', '/execute/sync', {
            script: 'return [innerWidth, innerHeight]',
            args: [],
          })
          if (inner[0] !== width || inner[1] !== height)
            await send('POST', '/window/rect', {
              width: 2 * width - inner[0],
              height: 2 * height - inner[1],
            })
        },
        evaluate: (fn, arg) =>
          send('POST', '/execute/sync', {
            script: `return (${fn.toString()})(arguments[0])`,
            args: [arg ?? null],
          }),
        move: async (x, y) =>
          void (await actions('pointer', [
            { type: 'pointerMove', x: Math.round(x), y: Math.round(y), duration: 0 },
          ])),
        click: async (x, y) =>
          void (await actions('pointer', [
            { type: 'pointerMove', x: Math.round(x), y: Math.round(y), duration: 0 },
            { type: 'pointerDown', button: 0 },
            { type: 'pointerUp', button: 0 },
          ])),
        // A raw wheel action: webdriverio's wheel helper does not scroll in this driver.
        wheel: async (x, y, deltaY) =>
          void (await actions('wheel', [
            { type: 'scroll', x: Math.round(x), y: Math.round(y), deltaX: 0, deltaY, duration: 0 },
          ])),
        press: async (key) =>
          void (await actions('key', [
            { type: 'keyDown', value: webDriverKeys[key] },
            { type: 'keyUp', value: webDriverKeys[key] },
          ])),
        async screenshot(path) {
          writeFileSync(path, Buffer.from(await send('GET', '/screenshot'), 'base64'))
        },
        async close() {
          await send('DELETE', '').catch(() => undefined)
          driver.stop()
        },
      }
    },
    async close() {
      display.stop()
    },
  }
  return engine
}

function onceListening(child: ChildProcess, pattern: RegExp, what: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = ''
    const timer = setTimeout(() => reject(new Error(`${what} did not start: ${output}`)), 20_000)
    const read = (chunk: Buffer) => {
      output += chunk
      const match = pattern.exec(output)
      if (match) {
        clearTimeout(timer)
        resolve(match[1] ?? '')
      }
    }
    child.stdout?.on('data', read)
    child.stderr?.on('data', read)
    child.on('exit', (code) => reject(new Error(`${what} exited with ${code}: ${output}`)))
  })
}

/** An X server on a free display, told by -displayfd. */
async function startXvfb() {
  const child = spawn(
    'Xvfb',
    ['-displayfd', '1', '-screen', '0', '1920x16384x24', '-nolisten', 'tcp'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  const number = await onceListening(child, /^(\d+)\n/m, 'Xvfb')
  return { name: `:${number}`, stop: () => child.kill() }
}

/** A WebKitWebDriver on a free port, drawing on the given X display. */
async function startDriver(display: string) {
  const port = await freePort()
  const child = spawn('WebKitWebDriver', [`--port=${port}`], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, DISPLAY: display },
  })
  const base = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 20_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited with ${child.exitCode}`)
    const up = await fetch(`${base}/status`).then(
      (r) => r.ok,
      () => false,
    )
    if (up) break
    if (Date.now() > deadline) throw new Error('WebKitWebDriver did not answer within 20 s')
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return {
    // biome-ignore lint/suspicious/noExplicitAny: WebDriver answers JSON of any shape
    async send(method: string, path: string, body?: unknown): Promise<any> {
      const response = await fetch(`${base}${path}`, {
        method,
        headers: { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      const answer = (await response.json()) as { value: { error?: string; message?: string } }
      if (!response.ok)
        throw new Error(
          `WebDriver ${method} ${path}: ${answer.value.error} ${answer.value.message}`,
        )
      return answer.value
    },
    stop: () => child.kill(),
  }
}

async function freePort(): Promise<number> {
  const probe = createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const { port } = probe.address() as AddressInfo
  await new Promise((resolve) => probe.close(resolve))
  return port
}
