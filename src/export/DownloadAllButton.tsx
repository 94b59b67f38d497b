import { useState } from 'react'
import type { Report } from '../data/report'
import { useMessages } from '../i18n/LangContext'

/** The page's `下载全部数据` button: every figure of figures.csv with its sentence and source. */
export function DownloadAllButton({ report }: { report: Report }) {
  const t = useMessages()
  const [error, setError] = useState('')
  return (
    <>
      <button
        type="button"
        className="button"
        onClick={async () => {
          setError('')
          try {
            ;(await import('./actions')).downloadAllData(report)
          } catch (e) {
            setError(`${t.exportFailed}${(e as Error).message}`)
          }
        }}
      >
        {t.downloadAll} <span className="button-note">CSV</span>
      </button>
      {error ? (
        <p className="export-status" role="alert">
          {error}
        </p>
      ) : null}
    </>
  )
}
