import { palette } from './palette'

/** Diagonal hatching: how every chart marks a derived value. */
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
