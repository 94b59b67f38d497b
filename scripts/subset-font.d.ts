// subset-font ships no types: the one call the build makes.
declare module 'subset-font' {
  /** The font cut to the glyphs of `text` (hb-subset), in the format it came in. */
  export default function subsetFont(font: Buffer, text: string): Promise<Buffer>
}
