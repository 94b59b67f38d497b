import type { CSSProperties, ReactNode } from 'react'

type Props = { scale: number; className?: string; children: ReactNode }

/**
 * A box of the stage's size times `scale`, holding the 1600 × 900 stage scaled to fill it:
 * slides are laid out once, in stage pixels, and shown at any size. The scale is a CSS variable,
 * so the print sheet can lay the slides out unscaled.
 */
export function ScaledSlide({ scale, className, children }: Props) {
  return (
    <div
      className={`deck-frame${className ? ` ${className}` : ''}`}
      style={{ '--deck-scale': scale } as CSSProperties}
    >
      <div className="deck-stage">{children}</div>
    </div>
  )
}
