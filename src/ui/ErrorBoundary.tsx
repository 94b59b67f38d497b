import { Component, type ErrorInfo, type ReactNode } from 'react'

type Props = {
  /** What a reader sees instead of the children: the error and a way to try again. */
  fallback: (props: { error: Error; retry: () => void }) => ReactNode
  children: ReactNode
}

type State = { error: Error | null }

/**
 * Catches a render error below it so that one broken part (a chart whose rows or drawing throw)
 * shows its error in place while the rest of the page keeps working. `retry` renders the
 * children again.
 */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null }

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  componentDidCatch(error: unknown, info: ErrorInfo) {
    // The message is on the page; the stack goes to the console for whoever fixes it.
    console.error(error, info.componentStack)
  }

  retry = () => this.setState({ error: null })

  render() {
    const { error } = this.state
    return error ? this.props.fallback({ error, retry: this.retry }) : this.props.children
  }
}

/** The in-place message of a failed part: what failed, why, and a retry button. */
export function ErrorCard({
  title,
  error,
  retry,
  retryLabel,
}: {
  title: string
  error: Error
  retry: () => void
  retryLabel: string
}) {
  return (
    <div className="error-list error-card" role="alert">
      <p>{title}</p>
      <p>
        <code>{error.message || error.name}</code>
      </p>
      <button type="button" className="button" onClick={retry}>
        {retryLabel}
      </button>
    </div>
  )
}
