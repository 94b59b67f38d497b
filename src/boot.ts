// The page arrives prerendered and complete: its stylesheet stays a <link> in the HTML, and the
// app's code is requested only once the browser has painted the page's content.
import './styles.css'

let started = false
const start = () => {
  if (started) return
  started = true
  void import('./main')
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
