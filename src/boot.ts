// The page arrives prerendered and complete: its stylesheet stays a <link> in the HTML, and the
// app's code is requested only once the browser has painted the page's content.
import './styles.css'

let started = false
const start = () => {
  if (started) return
  started = true
  // React DOM, then the app in the next task: asking for a module graph is itself 10-20 ms of
  // work (unthrottled, in Lighthouse's traces). Each is evaluated in a task of its own, and the
  // app starts in a third.
  const dom = import('react-dom/client')
  setTimeout(() => {
    void Promise.all([dom, import('./main')]).then(([dom, app]) =>
      setTimeout(() => app.startApp(dom)),
    )
  })
}

if (PerformanceObserver.supportedEntryTypes?.includes('paint')) {
  new PerformanceObserver((entries, observer) => {
    if (entries.getEntriesByName('first-contentful-paint').length === 0) return
    observer.disconnect()
    setTimeout(start, 0)
  }).observe({ type: 'paint', buffered: true })
} else {
  requestAnimationFrame(() => setTimeout(start, 0))
}
