import { lazy, type ComponentType, type ReactNode } from 'react'
import type { RouteParams } from 'regexparam'
import type { DefaultParams } from 'wouter'
import { loadIndicatorText } from '../content/defaultIndicatorSet'
import { currentLanguage, loadLocale } from '../i18n/i18n'
import { routes, type RouteName } from '../routes/routes'

/**
 * What a screen's first render waits for besides its code: `details` the indicator methods,
 * rubrics and sources; `report` the interface text of the report screens.
 */
export type Need = 'details' | 'report'

const fetchNeed: Record<Need, () => Promise<void>> = {
  details: () => loadIndicatorText(currentLanguage(), ['details']),
  report: () => loadLocale(['report']),
}

/** One screen of the app: the route it answers and how it is drawn. */
export type Screen = {
  name: RouteName
  pattern: string
  render: (params: DefaultParams) => ReactNode
  /**
   * Fetches the screen's code together with what it needs (the module cache hands the same work
   * to the lazy component later). Absent for a screen in the first download.
   */
  preload?: () => Promise<unknown>
}

type Pattern<N extends RouteName> = (typeof routes)[N]['pattern']

/**
 * wouter calls a route's render function only with the parameters of a path its pattern matched,
 * so the parameters are those the pattern names.
 */
const withParams =
  <N extends RouteName>(render: (params: RouteParams<Pattern<N>>) => ReactNode) =>
  (params: DefaultParams) =>
    render(params as RouteParams<Pattern<N>>)

/** A screen in the first download (the home screen): it needs nothing fetched. */
export const eagerScreen = <N extends RouteName>(
  name: N,
  render: (params: RouteParams<Pattern<N>>) => ReactNode,
): Screen => ({ name, pattern: routes[name].pattern, render: withParams(render) })

/**
 * A screen loaded on demand: its code and what it `needs` download in parallel when it is first
 * shown, or earlier through `preload`. `render` draws the loaded component for the route's
 * parameters.
 */
export const lazyScreen = <N extends RouteName, P>(
  name: N,
  spec: {
    needs: readonly Need[]
    load: () => Promise<ComponentType<P>>
    render: (Page: ComponentType<P>, params: RouteParams<Pattern<N>>) => ReactNode
  },
): Screen => {
  const load = async () => {
    const [component] = await Promise.all([spec.load(), ...spec.needs.map((n) => fetchNeed[n]())])
    return component
  }
  const Page = lazy(async () => ({ default: await load() }))
  return {
    name,
    pattern: routes[name].pattern,
    render: withParams<N>((params) => spec.render(Page, params)),
    preload: load,
  }
}
