/** The scale of exported PNGs: 2× for sharp slides, more when the chart is narrow (phones). */
export function pngScale(width: number, minPixels = 1000): number {
  return Math.max(2, Math.ceil((minPixels / width) * 100) / 100)
}
