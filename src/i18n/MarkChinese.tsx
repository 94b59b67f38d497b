/** Chinese characters and the punctuation written with them (、，。“”《》…). */
const chineseRun =
  /([\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”]*[\u4e00-\u9fff][\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”]*)/

/**
 * English text that quotes the Chinese original (a note's 超 = more than, a citation's original
 * title), with each Chinese run marked `lang="zh-CN"` so screen readers and fonts treat it as such.
 */
export function MarkChinese({ text }: { text: string }) {
  const parts = text.split(chineseRun)
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed text, in order
          <span key={i} lang="zh-CN">
            {part}
          </span>
        ) : (
          part
        ),
      )}
    </>
  )
}
