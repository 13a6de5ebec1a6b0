import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Router } from 'wouter'
import { memoryLocation } from 'wouter/memory-location'
import { App } from '../../src/app/App'

/** Renders the whole app at `path` with an in-memory location, as a user would see it. */
export const renderApp = (path = '/') => {
  const location = memoryLocation({ path, record: true })
  const user = userEvent.setup()
  const view = render(
    <Router hook={location.hook}>
      <App />
    </Router>,
  )
  return { ...view, user, location }
}
