import { lazy, type ComponentType } from 'react'
// wouter's default pattern parser, so a preloaded screen is the one its <Route> will match.
import { parse as parsePattern } from 'regexparam'
import { matchRoute } from 'wouter'
import { loadIndicatorText } from '../content/defaultIndicatorSet'
import { currentLanguage, loadLocale } from '../i18n/i18n'
import { paths } from './paths'

type Loader<P> = () => Promise<ComponentType<P>>

/** A screen that shows indicator methods, rubrics and sources: its code and those texts together. */
const withDetails =
  <P>(load: Loader<P>): Loader<P> =>
  async () => {
    const [component] = await Promise.all([
      load(),
      loadIndicatorText(currentLanguage(), ['details']),
    ])
    return component
  }

/** A report screen also brings the `report` interface text. */
const withReportText = <P>(load: Loader<P>): Loader<P> =>
  withDetails(async () => {
    const [component] = await Promise.all([load(), loadLocale(['report'])])
    return component
  })

const loaders = {
  results: withReportText(() =>
    import('../features/results/ResultsPage').then((m) => m.ResultsPage),
  ),
  methodology: withReportText(() =>
    import('../features/methodology/MethodologyPage').then((m) => m.MethodologyPage),
  ),
  compare: withReportText(() =>
    import('../features/compare/ComparePage').then((m) => m.ComparePage),
  ),
  print: withReportText(() => import('../features/print/PrintPage').then((m) => m.PrintPage)),
  questionnaire: withDetails(() =>
    import('../features/questionnaire/QuestionnairePage').then((m) => m.QuestionnairePage),
  ),
  newAssessment: () =>
    import('../features/new-assessment/NewAssessmentPage').then((m) => m.NewAssessmentPage),
}

const page = <P>(load: Loader<P>) => lazy(async () => ({ default: await load() }))

/**
 * Screens loaded on demand: only the home screen is in the first download. The questionnaire and
 * the report screens bring the indicator details; the results (with recharts), methodology, compare
 * and print screens also their interface text.
 */
export const ResultsPage = page(loaders.results)
export const MethodologyPage = page(loaders.methodology)
export const ComparePage = page(loaders.compare)
export const PrintPage = page(loaders.print)
export const QuestionnairePage = page(loaders.questionnaire)
export const NewAssessmentPage = page(loaders.newAssessment)

/** The screen that the router shows for a path (wouter's own matching), or null for the rest. */
export const lazyScreenFor = (pathname: string): keyof typeof loaders | null =>
  (Object.keys(loaders) as (keyof typeof loaders)[]).find(
    (name) => matchRoute(parsePattern, paths[name], pathname)[0],
  ) ?? null

/**
 * Starts fetching the screen of a deep link (a reload, a bookmark, a shared link) together with the
 * text the first render waits for, instead of after it: the module cache hands the same promise to
 * the lazy component later. Unknown paths and the home screen need nothing.
 */
export const preloadRoute = (pathname: string): void => {
  const name = lazyScreenFor(pathname)
  if (name === null) return
  const load: () => Promise<unknown> = loaders[name]
  load().catch(() => undefined) // the lazy component retries and its error boundary reports
}
