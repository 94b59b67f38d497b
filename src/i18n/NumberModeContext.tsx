import { createContext, type ReactNode, useContext, useMemo } from 'react'
import {
  formatNumber,
  formatQuantity,
  formatWithUnit,
  type NumberMode,
  parseNumberMode,
  type Quantity,
} from './format'
import { useLang } from './LangContext'
import { useSearchParam } from './urlState'

const NumberModeContext = createContext<NumberMode>('compact')

/** Gives the page's choice of compact (7.5亿) or full (750,000,000) digits to every frame. */
export function NumberModeProvider({ mode, children }: { mode: NumberMode; children: ReactNode }) {
  return <NumberModeContext value={mode}>{children}</NumberModeContext>
}

/** Compact or full digits, as the reader chose; pass it on as `formatX(…, lang, { mode })`. */
export const useNumberMode = (): NumberMode => useContext(NumberModeContext)

/** The digits mode in the address: `?digits=full`, else compact. */
export const useUrlNumberMode = (): NumberMode => parseNumberMode(useSearchParam('digits'))

/** The formatters with the reader's language and digits mode already applied. */
export function useFormat() {
  const lang = useLang()
  const mode = useNumberMode()
  return useMemo(
    () => ({
      lang,
      mode,
      number: (value: number) => formatNumber(value, lang, { mode }),
      withUnit: (q: Omit<Quantity, 'qualifier'>) => formatWithUnit(q, lang, { mode }),
      quantity: (q: Quantity) => formatQuantity(q, lang, { mode }),
    }),
    [lang, mode],
  )
}
