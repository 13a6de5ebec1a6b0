import { Component, type ErrorInfo, type ReactNode } from 'react'
import { withTranslation, type WithTranslation } from 'react-i18next'
import { RecoveryActions } from './RecoveryActions'

type Props = WithTranslation & { children: ReactNode }
type State = { error: Error | null }

/**
 * Last line of defence for a render crash: a translated message instead of a blank page, and the
 * raw stored data for download, read straight from storage (not through the possibly broken store).
 * It never writes or clears anything.
 */
class ErrorBoundaryInner extends Component<Props, State> {
  override state: State = { error: null }

  static getDerivedStateFromError(error: Error): State {
    return { error }
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(error, info.componentStack)
  }

  override render() {
    const { error } = this.state
    const { t } = this.props
    if (error === null) return this.props.children
    return (
      <main className="app-main" role="alert">
        <h1>{t('errors.title')}</h1>
        <p>{t('errors.body')}</p>
        <details>
          <summary>{t('errors.details')}</summary>
          <pre>{error.message}</pre>
        </details>
        <RecoveryActions />
      </main>
    )
  }
}

export const ErrorBoundary = withTranslation()(ErrorBoundaryInner)
