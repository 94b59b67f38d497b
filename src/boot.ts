// The page arrives prerendered and complete: its stylesheet stays a <link> in the HTML, and the
// browser paints the page before the app's code is even requested.
import './styles.css'

requestAnimationFrame(() => {
  setTimeout(() => {
    void import('./main')
  }, 0)
})
