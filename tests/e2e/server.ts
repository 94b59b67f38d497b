import { type ChildProcess, spawn } from 'node:child_process'

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
