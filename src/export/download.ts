/** Saves a blob under a file name, through a temporary link. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.rel = 'noopener'
  document.body.append(link)
  link.click()
  link.remove()
  // Some browsers read the blob after click() returns: revoke it a little later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** Saves text as a UTF-8 file of the given type. */
export function downloadText(content: string, fileName: string, type: string): void {
  downloadBlob(new Blob([content], { type: `${type};charset=utf-8` }), fileName)
}
