import { Suspense } from 'react'
import { useTranslation } from 'react-i18next'
import { Route, Switch } from 'wouter'
import { ErrorBoundary } from './ErrorBoundary'
import { AssessmentExportButtons } from '../features/exchange/AssessmentExportButtons'
import { ExchangePanel } from '../features/exchange/ExchangePanel'
import { HomePage } from '../features/home/HomePage'
import { AppLayout } from './AppLayout'
import {
  ComparePage,
  MethodologyPage,
  NewAssessmentPage,
  PrintPage,
  QuestionnairePage,
  ResultsPage,
} from './lazyPages'
import { NotFoundPage } from './NotFoundPage'
import { paths } from './paths'
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
            <Route path={paths.home}>
              <HomePage
                panel={<ExchangePanel />}
                rowActions={(id) => <AssessmentExportButtons id={id} />}
              />
            </Route>
            <Route path={paths.newAssessment} component={NewAssessmentPage} />
            <Route path={paths.results}>{(params) => <ResultsPage id={params.id} />}</Route>
            <Route path={paths.print}>{(params) => <PrintPage id={params.id} />}</Route>
            <Route path={paths.questionnaire}>
              {(params) => <QuestionnairePage id={params.id} />}
            </Route>
            <Route path={paths.methodology} component={MethodologyPage} />
            <Route path={paths.compare} component={ComparePage} />
            <Route component={NotFoundPage} />
          </Switch>
        </Suspense>
      </AppLayout>
    </ErrorBoundary>
  )
}
