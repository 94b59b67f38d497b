/** The scale of exported PNGs: 2× for sharp slides, more when the chart is narrow (phones). */
export function pngScale(width: number, minPixels = 1000): number {
  return Math.max(2, Math.ceil((minPixels / width) * 100) / 100)
}

/** Draws an SVG image through a canvas, on white, at `scale` times its size. */
export async function svgToPng(
  svg: string,
  size: { width: number; height: number },
  scale: number,
): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }))
  try {
    const image = new Image()
    image.src = url
    await image.decode()
    const canvas = document.createElement('canvas')
    canvas.width = Math.round(size.width * scale)
    canvas.height = Math.round(size.height * scale)
    const context = canvas.getContext('2d')
    if (!context) throw new Error('this browser gives no canvas to draw the PNG on')
    context.fillStyle = '#ffffff'
    context.fillRect(0, 0, canvas.width, canvas.height)
    context.drawImage(image, 0, 0, canvas.width, canvas.height)
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('the canvas gave no PNG'))),
        'image/png',
      ),
    )
  } finally {
    URL.revokeObjectURL(url)
  }
}
