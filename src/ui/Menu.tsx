import { type ReactNode, useEffect, useRef } from 'react'

type Props = {
  /** The menu's name, on its summary. */
  label: ReactNode
  className?: string
  children: ReactNode
}

/**
 * A disclosure menu: a `<details>`, so that it opens and closes by mouse, touch, keyboard and
 * screen reader before (and without) the app's code. The app adds what a menu is expected to do
 * besides: Escape closes it and puts the focus back on its summary; a click outside closes it.
 */
export function Menu({ label, className, children }: Props) {
  const menu = useRef<HTMLDetailsElement>(null)
  useEffect(() => {
    const details = menu.current
    if (!details) return
    const outside = (event: PointerEvent) => {
      if (details.open && !details.contains(event.target as Node)) details.open = false
    }
    const onEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !details.open) return
      details.open = false
      details.querySelector('summary')?.focus()
    }
    document.addEventListener('pointerdown', outside)
    details.addEventListener('keydown', onEscape)
    return () => {
      document.removeEventListener('pointerdown', outside)
      details.removeEventListener('keydown', onEscape)
    }
  }, [])
  return (
    <details ref={menu} className={className ? `menu ${className}` : 'menu'}>
      <summary className="button menu-summary">{label}</summary>
      <div className="menu-panel">{children}</div>
    </details>
  )
}
