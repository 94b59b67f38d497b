import { act, render, screen } from '@testing-library/react'
import { expect, it, vi } from 'vitest'
import { registerServiceWorker } from '../../src/sw/register'
import { useServiceWorkerUpdate } from '../../src/sw/useServiceWorkerUpdate'

/** A stand-in for navigator.serviceWorker and a registration, driven by the test. */
function fakeWorkers() {
  const container = new EventTarget() as EventTarget & {
    controller: object | null
    register: () => Promise<unknown>
  }
  const registration = new EventTarget() as EventTarget & { waiting: unknown; installing: unknown }
  registration.waiting = null
  registration.installing = null
  container.controller = null
  container.register = vi.fn(async () => registration)
  const worker = () => {
    const w = new EventTarget() as EventTarget & {
      state: string
      postMessage: ReturnType<typeof vi.fn>
    }
    w.state = 'installing'
    w.postMessage = vi.fn()
    return w
  }
  return { container, registration, worker }
}

function Prompt() {
  const update = useServiceWorkerUpdate()
  return update ? (
    <button type="button" onClick={update}>
      Reload
    </button>
  ) : (
    <p>current</p>
  )
}

it('the first install prompts nothing; a new version prompts, and Reload hands over then reloads', async () => {
  const { container, registration, worker } = fakeWorkers()
  const reload = vi.fn()
  await registerServiceWorker('./sw.js', container as unknown as ServiceWorkerContainer, reload)
  render(<Prompt />)

  // First visit: no controller yet, so an installed worker is not an update.
  const first = worker()
  registration.installing = first
  act(() => {
    registration.dispatchEvent(new Event('updatefound'))
    first.state = 'installed'
    first.dispatchEvent(new Event('statechange'))
    container.dispatchEvent(new Event('controllerchange'))
  })
  expect(screen.getByText('current')).toBeInTheDocument()
  expect(reload).not.toHaveBeenCalled()

  // A later deploy: a controller exists and a new worker is installed and waiting.
  container.controller = first
  const next = worker()
  registration.installing = next
  act(() => {
    registration.dispatchEvent(new Event('updatefound'))
    next.state = 'installed'
    next.dispatchEvent(new Event('statechange'))
  })
  act(() => screen.getByRole('button', { name: 'Reload' }).click())
  expect(next.postMessage).toHaveBeenCalledWith({ type: 'skip-waiting' })
  act(() => {
    container.dispatchEvent(new Event('controllerchange'))
  })
  expect(reload).toHaveBeenCalledTimes(1)
})
