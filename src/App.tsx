import { lazy, Suspense, useEffect, useState, useSyncExternalStore } from 'react'
import { chartById } from './charts/registry'
import { Dashboard } from './dashboard/Dashboard'
import { Header } from './dashboard/Header'
import { dataPackageFileName, dataPath } from './data/files'
import { useReport } from './data/queries'
import { CiteButton } from './export/CiteButton'
import { allDataId, downloadFileName, downloadHref } from './export/downloadFiles'
import { LangProvider, useDocumentLang, useLang, useMessages, useUrlLang } from './i18n/LangContext'
import type { Lang } from './i18n/lang'
import { NumberModeProvider, useUrlNumberMode } from './i18n/NumberModeContext'
import { parseDeckRoute } from './present/deckRoute'
import { useServiceWorkerUpdate } from './sw/useServiceWorkerUpdate'
import { DigitsSwitch } from './ui/DigitsSwitch'
import { ErrorList } from './ui/ErrorList'
import { LanguageSwitch } from './ui/LanguageSwitch'
import { Menu } from './ui/Menu'
import { ThemeSwitch } from './ui/ThemeSwitch'

/** The deck and the presenter view load when first opened, not with the dashboard. */
const PresentMode = lazy(() =>
  import('./present/PresentMode').then((m) => ({ default: m.PresentMode })),
)

const subscribeHash = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

/** The address fragment without `#`; empty on the server. */
function useHash(): string {
  return useSyncExternalStore(
    subscribeHash,
    () => decodeHash(window.location.hash),
    () => '',
  )
}

/** The fragment without `#`, decoded; a malformed escape (`#%E0%A4`) is kept as written. */
function decodeHash(hash: string): string {
  try {
    return decodeURIComponent(hash.slice(1))
  } catch {
    return hash.slice(1)
  }
}

/**
 * The whole page in one language: data state, header, dashboard. `lang` is the language the
 * page starts in; the address (`?lang=`, `?digits=`) then decides, without a reload.
 */
export function App({ lang: initialLang }: { lang: Lang }) {
  const lang = useUrlLang(initialLang)
  const digits = useUrlNumberMode()
  useDocumentLang(lang)
  return (
    <LangProvider lang={lang}>
      <NumberModeProvider mode={digits}>
        <Page />
      </NumberModeProvider>
    </LangProvider>
  )
}

function Page() {
  const lang = useLang()
  const t = useMessages()
  const state = useReport()
  const hash = useHash()
  const update = useServiceWorkerUpdate()
  const target = chartById(hash) ? hash : null
  const meta = state.status === 'loading' ? null : state.meta
  const deckRoute = parseDeckRoute(hash)
  if (deckRoute)
    return (
      <Suspense fallback={<p className="status">{t.loading}</p>}>
        <PresentMode route={deckRoute} />
      </Suspense>
    )

  return (
    <>
      <a className="skip-link" href="#main">
        {t.skipToCharts}
      </a>
      <header className="page-top">
        <div className="toolbar">
          <LanguageSwitch />
          <Menu label={t.menu} className="page-menu">
            <ul className="menu-items">
              <li>
                <a
                  className="menu-item"
                  href={downloadHref(allDataId, lang, 'csv')}
                  download={downloadFileName(allDataId, lang, 'csv')}
                  type="text/csv"
                >
                  {t.downloadAll} <span className="button-note">CSV</span>
                </a>
              </li>
              <li>
                {/* The Frictionless Data Package that describes the data files beside it. */}
                <a
                  className="menu-item"
                  href={dataPath(dataPackageFileName)}
                  type="application/json"
                >
                  {t.dataPackage} <span className="button-note">datapackage.json</span>
                </a>
              </li>
              <li>
                <a className="menu-item" href="#/present/1">
                  {t.present}
                </a>
              </li>
              <li>
                {/* Printed by the boot script (src/boot.ts), before and without the app. */}
                <button type="button" className="menu-item" data-print>
                  {t.print}
                </button>
              </li>
              {meta ? (
                <li>
                  <CiteButton meta={meta} />
                </li>
              ) : null}
            </ul>
            <ThemeSwitch />
            <DigitsSwitch />
          </Menu>
        </div>
        {state.status === 'loaded' && state.meta ? (
          <Header meta={state.meta} report={state.report} />
        ) : null}
        {state.status === 'unreachable' && state.meta ? (
          <Header meta={state.meta} report={null} />
        ) : null}
      </header>
      <main id="main">
        {update ? (
          <div className="status update-prompt" role="status">
            {t.newVersion} ·{' '}
            <button type="button" className="button" onClick={update}>
              {t.reload}
            </button>
          </div>
        ) : null}
        {state.status === 'loading' ? (
          <Loading pending={state.pending} retry={state.retry} />
        ) : null}
        {state.status === 'unreachable' ? (
          <div className="status">
            <ErrorList title={t.unreachable} errors={state.failures} />
            <button type="button" className="button" onClick={state.retry}>
              {t.retry}
            </button>
          </div>
        ) : null}
        {state.status === 'loaded' && state.errors.length ? (
          <ErrorList title={t.dataErrors} errors={state.errors} />
        ) : null}
        {state.status === 'loaded' && state.report ? (
          <Dashboard
            report={state.report}
            article={state.report.article[lang]}
            original={lang === 'zh' ? undefined : state.report.article.zh}
            target={target}
          />
        ) : null}
        {state.status === 'loaded' && !state.report && state.article ? (
          <Dashboard report={null} article={state.article} target={null} />
        ) : null}
        {state.status === 'unreachable' && state.article ? (
          <Dashboard report={null} article={state.article} target={null} />
        ) : null}
      </main>
    </>
  )
}

/** After this long a data request counts as slow: the page names it and offers to ask again. */
const slowAfterMs = 8000

/** "Loading…"; when it takes long, which files are still awaited and a Retry button. */
function Loading({ pending, retry }: { pending: string[]; retry: () => void }) {
  const t = useMessages()
  const [slow, setSlow] = useState(false)
  useEffect(() => {
    if (slow) return
    const timer = setTimeout(() => setSlow(true), slowAfterMs)
    return () => clearTimeout(timer)
  }, [slow])
  if (!slow) return <p className="status">{t.loading}</p>
  return (
    <div className="status">
      <ErrorList
        title={t.slowData}
        errors={pending.map((file) => ({ file, message: t.loading }))}
      />
      <button
        type="button"
        className="button"
        onClick={() => {
          retry()
          setSlow(false)
        }}
      >
        {t.retry}
      </button>
    </div>
  )
}
