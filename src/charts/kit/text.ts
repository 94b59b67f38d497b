// Text measured without a browser: the charts, the slides, the prerender and the image exports
// lay out alike. The only text measuring in the project.

/** A rough width of a line of text: CJK and full-width signs are one em, the rest about 0.6. */
export function textWidth(content: string, size: number): number {
  let em = 0
  for (const ch of content) {
    const code = ch.codePointAt(0) ?? 0
    // Erring wide: the reader's fallback Latin face may be broad (DejaVu Sans).
    em +=
      code >= 0x2e80
        ? 1.02
        : /[\s.,:;/|!il'()[\]-]/.test(ch)
          ? 0.36
          : /[A-Z%mwMW]/.test(ch)
            ? 0.78
            : 0.64
  }
  return em * size
}

/**
 * Breaks text into lines no wider than `width`: between words, or between any two CJK signs,
 * but never before closing punctuation (a token is a sign with the punctuation that follows it).
 */
export function wrapText(content: string, width: number, size: number): string[] {
  const tokens = (
    content.match(/[\u2e80-\uffff][，。、；：！？）》」』”’]*|[^\s\u2e80-\uffff]+|\s+/g) ?? []
  ).flatMap((token) => splitLong(token, width, size))
  const lines: string[] = []
  let line = ''
  for (const token of tokens) {
    const next = line + token
    if (line.trim() !== '' && textWidth(next.trimEnd(), size) > width) {
      lines.push(line.trimEnd())
      line = token.trim() === '' ? '' : token
    } else line = next
  }
  if (line.trim() !== '') lines.push(line.trimEnd())
  return lines
}

/** A word wider than the line (a link) is cut after / ? & = or, failing that, anywhere. */
function splitLong(token: string, width: number, size: number): string[] {
  if (textWidth(token, size) <= width) return [token]
  const pieces: string[] = []
  let rest = token
  while (textWidth(rest, size) > width) {
    let fit = 1
    while (fit < rest.length && textWidth(rest.slice(0, fit + 1), size) <= width) fit++
    const soft = Math.max(...['/', '?', '&', '='].map((c) => rest.lastIndexOf(c, fit - 1)))
    const cut = soft > fit / 2 ? soft + 1 : fit
    pieces.push(rest.slice(0, cut))
    rest = rest.slice(cut)
  }
  return rest ? [...pieces, rest] : pieces
}

/** The first of `texts` (longest first) that fits in `width`, else the last. */
export function fitText(texts: readonly string[], width: number, size: number): string {
  return texts.find((text) => textWidth(text, size) <= width) ?? texts[texts.length - 1] ?? ''
}

/** The largest font size, between `min` and `max`, at which `text` fits `width` on one line. */
export function fitFontSize(text: string, width: number, { max = 104, min = 64 } = {}): number {
  return Math.round(Math.max(min, Math.min(max, width / Math.max(textWidth(text, 1), 1))))
}
