import { Route, Switch } from 'wouter'
import { ErrorBoundary } from '../components/ui/ErrorBoundary'
import { HomePage } from '../features/home/HomePage'
import { NewAssessmentPage } from '../features/new-assessment/NewAssessmentPage'
import { QuestionnairePage } from '../features/questionnaire/QuestionnairePage'
import { AppLayout } from './AppLayout'
import { NotFoundPage } from './NotFoundPage'
import { paths } from './paths'
import { useStorageLifecycle } from './useStorageLifecycle'

export const App = () => {
  useStorageLifecycle()
  return (
    <ErrorBoundary>
      <AppLayout>
        <Switch>
          <Route path={paths.home} component={HomePage} />
          <Route path={paths.newAssessment} component={NewAssessmentPage} />
          <Route path={paths.questionnaire}>
            {(params) => <QuestionnairePage id={params.id} />}
          </Route>
          <Route component={NotFoundPage} />
        </Switch>
      </AppLayout>
    </ErrorBoundary>
  )
}
