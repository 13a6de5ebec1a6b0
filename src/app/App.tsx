import { Suspense } from 'react'
import { useTranslation } from 'react-i18next'
import { Route, Switch } from 'wouter'
import { ErrorBoundary } from './ErrorBoundary'
import { AppLayout } from './AppLayout'
import { NotFoundPage } from './NotFoundPage'
import { screens } from './screens'
import { useLanguagePreference } from './useLanguagePreference'
import { useStorageLifecycle } from './useStorageLifecycle'

const Loading = () => {
  const { t } = useTranslation()
  return <p role="status">{t('common.loadingPage')}</p>
}

export const App = () => {
  useStorageLifecycle()
  useLanguagePreference()
  return (
    <ErrorBoundary>
      <AppLayout>
        <Suspense fallback={<Loading />}>
          <Switch>
            {screens.map(({ name, pattern, render }) => (
              <Route key={name} path={pattern}>
                {render}
              </Route>
            ))}
            <Route component={NotFoundPage} />
          </Switch>
        </Suspense>
      </AppLayout>
    </ErrorBoundary>
  )
}
