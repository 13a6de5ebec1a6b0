// wouter's default pattern parser, so a preloaded screen is the one its <Route> will match.
import { parse as parsePattern } from 'regexparam'
import { matchRoute } from 'wouter'
import type { RouteName } from '../routes/routes'
import { screens } from './screens'

/** The screen that the router shows for a path (wouter's own matching), or null for the rest. */
export const screenFor = (pathname: string): RouteName | null =>
  screens.find((s) => matchRoute(parsePattern, s.pattern, pathname)[0])?.name ?? null

/**
 * Starts fetching the screen of a deep link (a reload, a bookmark, a shared link) together with the
 * text the first render waits for, instead of after it. Unknown paths and the home screen (in the
 * first download) need nothing.
 */
export const preloadRoute = (pathname: string): void => {
  const preload = screens.find((s) => s.name === screenFor(pathname))?.preload
  preload?.().catch(() => undefined) // the lazy component retries and its error boundary reports
}
