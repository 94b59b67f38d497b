/**
 * Calls `then` once `node` comes within a screen of the viewport, at once where the browser
 * cannot tell (no IntersectionObserver: jsdom, the prerender). Returns the way to stop waiting.
 */
export function whenNearScreen(node: Element, then: () => void): () => void {
  if (typeof IntersectionObserver === 'undefined') {
    then()
    return () => {}
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return
      observer.disconnect()
      then()
    },
    { rootMargin: '100% 0px' },
  )
  observer.observe(node)
  return () => observer.disconnect()
}
