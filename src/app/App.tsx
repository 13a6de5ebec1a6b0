import { Route, Switch } from 'wouter'
import { ErrorBoundary } from '../components/ui/ErrorBoundary'
import { HomePage } from '../features/home/HomePage'
import { AppLayout } from './AppLayout'
import { NotFoundPage } from './NotFoundPage'
import { paths } from './paths'

export const App = () => (
  <ErrorBoundary>
    <AppLayout>
      <Switch>
        <Route path={paths.home} component={HomePage} />
        <Route component={NotFoundPage} />
      </Switch>
    </AppLayout>
  </ErrorBoundary>
)
