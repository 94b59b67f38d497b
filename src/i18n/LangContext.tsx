import { createContext, type ReactNode, useContext } from 'react'
import type { Lang } from './lang'
import { type Messages, messages } from './messages'

const LangContext = createContext<Lang>('zh')

export function LangProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  return <LangContext value={lang}>{children}</LangContext>
}

/** The reader's language. */
export const useLang = (): Lang => useContext(LangContext)

/** The page texts in the reader's language. */
export const useMessages = (): Messages => messages[useContext(LangContext)]
