// The printed footer as the page is printed, by the boot script: the source the prerender (or the
// app, in the language shown) wrote on `<html>` (footer.ts), the page's address, the date.

/** The footer as the page is printed: source · address · printed on (the reader's date). */
export function printFooter(html: HTMLElement, address: string, today: Date): string {
  const date = new Intl.DateTimeFormat(html.lang || undefined, { dateStyle: 'long' }).format(today)
  return cssString(
    [html.dataset.printSource, address, `${html.dataset.printedOn ?? ''} ${date}`.trim()]
      .filter(Boolean)
      .join(' · '),
  )
}

/** `text` as a CSS string: quotes and backslashes escaped, line breaks as spaces. */
export const cssString = (text: string) =>
  `"${text.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]+/g, ' ')}"`
