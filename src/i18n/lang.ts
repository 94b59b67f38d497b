/** The two editions of the dashboard. Chinese is the default. */
export const langs = ['zh', 'en'] as const
export type Lang = (typeof langs)[number]

/** BCP 47 tags for `<html lang>` and `Intl`. */
export const locales: Record<Lang, string> = { zh: 'zh-CN', en: 'en' }

/** Each language named in itself, for the language switch. */
export const langNames: Record<Lang, string> = { zh: '中文', en: 'English' }

/** `?lang=en` gives English; anything else, or nothing, gives Chinese. */
export function parseLang(value: string | null | undefined): Lang {
  return value === 'en' ? 'en' : 'zh'
}

/** A text in both languages. */
export type Bilingual = Record<Lang, string>
