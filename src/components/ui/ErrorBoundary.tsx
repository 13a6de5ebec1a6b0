import { Component, type ErrorInfo, type ReactNode } from 'react'
import { withTranslation, type WithTranslation } from 'react-i18next'

type Props = WithTranslation & { children: ReactNode }
type State = { error: Error | null }

/**
 * Last line of defence for a render crash: a translated message instead of a blank page. It never
 * touches storage, so whatever was saved stays saved.
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
        <button type="button" onClick={() => window.location.reload()}>
          {t('errors.reload')}
        </button>
      </main>
    )
  }
}

export const ErrorBoundary = withTranslation()(ErrorBoundaryInner)
