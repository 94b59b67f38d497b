import { type ColorRole, palette } from './palette'

/** Diagonal hatching in a colour: how every chart marks a derived value. */
export function HatchPattern({ id, color }: { id: string; color: string }) {
  return (
    <pattern
      id={id}
      width={8}
      height={8}
      patternUnits="userSpaceOnUse"
      patternTransform="rotate(45)"
    >
      <rect width={8} height={8} fill={palette.surface} />
      <line x1={0} y1={0} x2={0} y2={8} stroke={color} strokeWidth={4} />
    </pattern>
  )
}

/** The hatch pattern's id for a colour role, in the drawing whose patterns are `prefix`. */
export const hatchId = (prefix: string, role: ColorRole) => `${prefix}-hatch-${role}`

/** The fill of a mark: the role's colour, or its hatching when the value is derived. */
export const markFill = (prefix: string, role: ColorRole, derived: boolean) =>
  derived ? `url(#${hatchId(prefix, role)})` : palette[role]

/** A hatch pattern per colour role, for one drawing's `<defs>`. */
export function HatchPatterns({ prefix, roles }: { prefix: string; roles: readonly ColorRole[] }) {
  return (
    <>
      {roles.map((role) => (
        <HatchPattern key={role} id={hatchId(prefix, role)} color={palette[role]} />
      ))}
    </>
  )
}

/**
 * An id prefix for a drawing's patterns, unique on the page and the same in every render (the
 * prerender and the page agree): the chart, its surface and its width.
 */
export const drawingId = (chartId: string, surface: string, width: number) =>
  `${chartId}-${surface}-${Math.round(width)}`
