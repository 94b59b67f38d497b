// The page arrives prerendered and complete: let the browser paint it before the app's code is
// even requested, so that first paint waits for the HTML and CSS alone.
requestAnimationFrame(() => {
  setTimeout(() => {
    void import('./main')
  }, 0)
})
