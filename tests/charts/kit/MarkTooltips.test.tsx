import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { MarkTooltips } from '../../../src/charts/kit/MarkTooltips'

/** Three marks: a bar and its label for `a`, a bar for `b`, a bar for `quiet` (no tooltip). */
function drawing(content?: (figure: string) => string | null) {
  const view = render(
    <div>
      <button type="button">elsewhere</button>
      <MarkTooltips
        role="group"
        aria-label="chart"
        content={content && ((figure) => content(figure))}
        order={['b', 'a']}
      >
        <svg aria-hidden="true">
          <g data-figure="quiet">
            <rect data-testid="quiet" />
          </g>
          <g data-figure="a">
            <rect data-testid="a" />
          </g>
          <text data-figure="a" data-testid="a-label">
            A
          </text>
          <g data-figure="b">
            <rect data-testid="b" />
          </g>
        </svg>
      </MarkTooltips>
    </div>,
  )
  const tip = () => view.container.querySelector('.mark-tooltip')?.textContent ?? null
  return { ...view, tip, group: screen.getByRole('group') }
}

const says = (figure: string) => (figure === 'quiet' ? null : `tooltip of ${figure}`)

describe('MarkTooltips', () => {
  it('shows the tooltip of the figure a mouse points at, on its bar or its label, and hides it as the mouse leaves', async () => {
    const { tip, group } = drawing(says)
    fireEvent.pointerOver(screen.getByTestId('b'), { pointerType: 'mouse' })
    await waitFor(() => expect(tip()).toBe('tooltip of b'))
    expect(screen.getByTestId('b').parentElement).toHaveAttribute('data-active')
    fireEvent.pointerOver(screen.getByTestId('a-label'), { pointerType: 'mouse' })
    await waitFor(() => expect(tip()).toBe('tooltip of a'))
    // Both marks of `a` are outlined, `b` no longer.
    expect(screen.getByTestId('a-label')).toHaveAttribute('data-active')
    expect(screen.getByTestId('b').parentElement).not.toHaveAttribute('data-active')
    fireEvent.pointerOver(screen.getByTestId('quiet'), { pointerType: 'mouse' })
    await waitFor(() => expect(tip()).toBeNull())
    fireEvent.pointerOver(screen.getByTestId('a'), { pointerType: 'mouse' })
    await waitFor(() => expect(tip()).toBe('tooltip of a'))
    fireEvent.pointerLeave(group, { pointerType: 'mouse' })
    await waitFor(() => expect(tip()).toBeNull())
  })

  it('shows it on a tap, and hides it on a tap elsewhere on the page', async () => {
    const { tip } = drawing(says)
    fireEvent.pointerDown(screen.getByTestId('a'), { pointerType: 'touch' })
    await waitFor(() => expect(tip()).toBe('tooltip of a'))
    // A touch passing over (before its pointerdown) shows nothing by itself.
    fireEvent.pointerOver(screen.getByTestId('b'), { pointerType: 'touch' })
    expect(tip()).toBe('tooltip of a')
    fireEvent.pointerDown(screen.getByRole('button', { name: 'elsewhere' }), {
      pointerType: 'touch',
    })
    await waitFor(() => expect(tip()).toBeNull())
  })

  it('goes through the figures with tooltips by keys, in the given order, and reads each out', async () => {
    const { tip, group, container } = drawing(says)
    expect(group).toHaveAttribute('tabindex', '0')
    group.focus()
    fireEvent.keyDown(group, { key: 'ArrowRight' })
    await waitFor(() => expect(tip()).toBe('tooltip of b'))
    expect(container.querySelector('[aria-live="polite"]')).toHaveTextContent('tooltip of b')
    fireEvent.keyDown(group, { key: 'ArrowDown' })
    await waitFor(() => expect(tip()).toBe('tooltip of a'))
    // The last stays the last; `quiet` has no tooltip and is no stop.
    fireEvent.keyDown(group, { key: 'ArrowRight' })
    expect(tip()).toBe('tooltip of a')
    fireEvent.keyDown(group, { key: 'ArrowUp' })
    await waitFor(() => expect(tip()).toBe('tooltip of b'))
    fireEvent.keyDown(group, { key: 'End' })
    await waitFor(() => expect(tip()).toBe('tooltip of a'))
    fireEvent.keyDown(group, { key: 'Escape' })
    await waitFor(() => expect(tip()).toBeNull())
    fireEvent.keyDown(group, { key: 'ArrowLeft' })
    await waitFor(() => expect(tip()).toBe('tooltip of a'))
    // Focus leaving the drawing hides it.
    fireEvent.focusOut(group, { relatedTarget: screen.getByRole('button', { name: 'elsewhere' }) })
    await waitFor(() => expect(tip()).toBeNull())
  })

  it('without content answers nothing and takes no focus', () => {
    const { tip, group } = drawing()
    expect(group).not.toHaveAttribute('tabindex')
    fireEvent.pointerOver(screen.getByTestId('a'), { pointerType: 'mouse' })
    fireEvent.keyDown(group, { key: 'ArrowRight' })
    expect(tip()).toBeNull()
  })
})
