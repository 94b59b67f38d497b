/**
 * A tiny RFC 4180 reader, written for the tests so that exported CSV is read back by something
 * other than the papaparse that wrote it. Records end in CRLF (or LF); quoted cells may hold
 * commas, doubled quotes and line breaks. Throws on a stray quote.
 */
export function readCsv(text: string): string[][] {
  const records: string[][] = []
  let record: string[] = []
  let cell = ''
  let quoted = false
  let i = 0
  while (i < text.length) {
    const ch = text[i]
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"'
        i += 2
      } else if (ch === '"') {
        quoted = false
        i++
        const next = text[i]
        if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n')
          throw new Error(`text after a closing quote at ${i}`)
      } else {
        cell += ch
        i++
      }
    } else if (ch === '"') {
      if (cell !== '') throw new Error(`a quote inside an unquoted cell at ${i}`)
      quoted = true
      i++
    } else if (ch === ',') {
      record.push(cell)
      cell = ''
      i++
    } else if (ch === '\r' || ch === '\n') {
      record.push(cell)
      records.push(record)
      record = []
      cell = ''
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1
    } else {
      cell += ch
      i++
    }
  }
  if (quoted) throw new Error('a quoted cell is never closed')
  if (cell !== '' || record.length) {
    record.push(cell)
    records.push(record)
  }
  return records
}

/** Line ends outside quoted cells: each is "crlf" or "lf" (or "cr" alone). */
export function recordEnds(text: string): string[] {
  const ends: string[] = []
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (ch === '"') quoted = !quoted
    else if (!quoted && ch === '\r') {
      ends.push(text[i + 1] === '\n' ? 'crlf' : 'cr')
      if (text[i + 1] === '\n') i++
    } else if (!quoted && ch === '\n') ends.push('lf')
  }
  return ends
}
