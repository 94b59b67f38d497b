// React DOM's client re-exported as an ES module. boot.ts imports this, not 'react-dom/client'
// (CommonJS): the interop helper then lives in this chunk, and the boot script imports nothing at
// load, so the first paint waits for no chain of requests.
export { createRoot, hydrateRoot } from 'react-dom/client'
