import { useEffect, useRef } from 'react'
import { useMessages } from '../i18n/LangContext'

/** The keys of the deck, as `?` shows them. */
export function DeckHelp({ onClose }: { onClose: () => void }) {
  const t = useMessages()
  const titleId = 'deck-help-title'
  const close = useRef<HTMLButtonElement>(null)
  useEffect(() => close.current?.focus(), [])
  const rows: [string, string][] = [
    ['→ ↓ Space PageDown Enter', t.deckKeyNext],
    ['← ↑ PageUp Backspace', t.deckKeyPrevious],
    ['Home / End', t.deckKeyEnds],
    ['1 2 … Enter', t.deckKeyJump],
    ['F', t.deckKeyFullscreen],
    ['B', t.deckKeyBlack],
    ['P', t.deckKeyPresenter],
    ['?', t.deckKeyHelp],
    ['Esc', t.deckKeyLeave],
  ]
  return (
    <div className="deck-help" role="dialog" aria-modal="true" aria-labelledby={titleId}>
      <h2 id={titleId} className="deck-help-title">
        {t.deckKeys}
      </h2>
      <dl className="deck-help-keys">
        {rows.map(([keys, action]) => (
          <div key={action} className="deck-help-row">
            <dt>
              <kbd>{keys}</kbd>
            </dt>
            <dd>{action}</dd>
          </div>
        ))}
      </dl>
      <button ref={close} type="button" className="deck-button" onClick={onClose}>
        {t.deckClose}
      </button>
    </div>
  )
}
