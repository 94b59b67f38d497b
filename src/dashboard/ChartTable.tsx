import type { AnyChartSpec } from '../charts/spec'
import { useLang } from '../i18n/LangContext'
import { MarkChinese } from '../i18n/MarkChinese'
import { useNumberMode } from '../i18n/NumberModeContext'

/** The chart's rows as an HTML table, with the same columns the CSV has. */
export function ChartTable({ spec, rows }: { spec: AnyChartSpec; rows: readonly unknown[] }) {
  const lang = useLang()
  const mode = useNumberMode()
  const cell = (c: (typeof spec.columns)[number], row: unknown) =>
    c.format ? c.format(row, lang, mode) : String(c.value(row) ?? '')
  return (
    <div className="chart-table-scroll">
      <table className="chart-table">
        <caption>{spec.title[lang]}</caption>
        <thead>
          <tr>
            {spec.columns.map((c) => (
              <th key={c.key} scope="col">
                {c.header[lang]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={spec.rowId(row)}>
              {spec.columns.map((c) => (
                <td key={c.key}>
                  {/* English cells may quote the original (names, notes): marked as Chinese. */}
                  {lang === 'en' ? <MarkChinese text={cell(c, row)} /> : cell(c, row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
