import { type ChildProcess, spawn } from 'node:child_process'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

/** `vite preview` of dist/ on a free loopback port; its PID is the server's, so stop() ends it. */
export async function startPreview(
  port = 4100 + Math.floor(Math.random() * 800),
): Promise<{ url: string; stop: () => void }> {
  const child: ChildProcess = spawn(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  )
  const url = `http://127.0.0.1:${port}/`
  const deadline = Date.now() + 20_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode}`)
    try {
      if ((await fetch(url)).ok) return { url, stop: () => child.kill() }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  child.kill()
  throw new Error(`vite preview did not answer on ${url} within 20 s`)
}

/**
 * A proxy in front of `upstream` that sends HTML pages in small pieces with a pause between them,
 * as a slow mobile network delivers them; everything else passes at once, uncompressed.
 */
export async function startTrickle(
  upstream: string,
  { piece = 300, pauseMs = 10 } = {},
): Promise<{ url: string; stop: () => void }> {
  const proxy = createServer(async (request, response) => {
    const answer = await fetch(new URL(request.url ?? '/', upstream), {
      headers: { 'accept-encoding': 'identity' },
    }).catch((error: Error) => error)
    if (answer instanceof Error) return response.writeHead(502).end(answer.message)
    const body = Buffer.from(await answer.arrayBuffer())
    const headers = Object.fromEntries(
      // Node frames the body itself.
      [...answer.headers].filter(
        ([name]) => !['content-length', 'content-encoding', 'transfer-encoding'].includes(name),
      ),
    )
    response.writeHead(answer.status, headers)
    if (!answer.headers.get('content-type')?.includes('text/html')) return response.end(body)
    for (let start = 0; start < body.length; start += piece) {
      response.write(body.subarray(start, start + piece))
      await new Promise((resolve) => setTimeout(resolve, pauseMs))
    }
    response.end()
  })
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve))
  const { port } = proxy.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: () => {
      proxy.closeAllConnections()
      proxy.close()
    },
  }
}

/** What the recorder script collects in the page: errors, rejections, CSP violations. */
export const recordedErrors = '__recordedErrors'

/**
 * Served first in every page's <head> by startRecorder: the page's own record of what went wrong,
 * for engines whose driver reports no console (WebKit's WebDriver), and the same in every engine.
 */
const recorder = `window.${recordedErrors} = []
const note = (text) => window.${recordedErrors}.push(String(text))
addEventListener('error', (e) => note(e.message || 'failed to load ' + (e.target.src || e.target.href)), true)
addEventListener('unhandledrejection', (e) => note('unhandled rejection: ' + (e.reason && e.reason.stack || e.reason)))
document.addEventListener('securitypolicyviolation', (e) => note('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI), true)
const consoleError = console.error
console.error = (...args) => { note(args.join(' ')); consoleError.apply(console, args) }
`

/**
 * A proxy in front of `upstream` that adds the recorder script, from its own origin (the page's
 * CSP allows 'self'), as the first element of every HTML page's <head>. stop() cuts it off: the
 * page's network is then gone.
 */
export async function startRecorder(upstream: string): Promise<{ url: string; stop: () => void }> {
  const path = '/e2e-recorder.js'
  const proxy = createServer(async (request, response) => {
    if (request.url === path)
      return response.writeHead(200, { 'content-type': 'text/javascript' }).end(recorder)
    const answer = await fetch(new URL(request.url ?? '/', upstream), {
      headers: { 'accept-encoding': 'identity' },
    }).catch((error: Error) => error)
    if (answer instanceof Error) return response.writeHead(502).end(answer.message)
    const headers = Object.fromEntries(
      [...answer.headers].filter(
        ([name]) => !['content-length', 'content-encoding', 'transfer-encoding'].includes(name),
      ),
    )
    response.writeHead(answer.status, headers)
    if (!answer.headers.get('content-type')?.includes('text/html'))
      return response.end(Buffer.from(await answer.arrayBuffer()))
    response.end((await answer.text()).replace(/<head>/i, `$&<script src="${path}"></script>`))
  })
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve))
  const { port } = proxy.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: () => {
      proxy.closeAllConnections()
      proxy.close()
    },
  }
}
