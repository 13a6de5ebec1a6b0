import { lazy, type ComponentType } from 'react'
import { loadLocale } from '../i18n/i18n'

/** A report screen: its code and the `report` interface text, fetched together. */
const reportPage = <P extends object>(load: () => Promise<ComponentType<P>>) =>
  lazy(async () => {
    const [component] = await Promise.all([load(), loadLocale(['report'])])
    return { default: component }
  })

/**
 * Screens loaded on demand: the results (with recharts), methodology, compare and print screens are
 * not needed for the first screen, so their code and text are fetched only when a user opens them.
 */
export const ResultsPage = reportPage(() =>
  import('../features/results/ResultsPage').then((m) => m.ResultsPage),
)
export const MethodologyPage = reportPage(() =>
  import('../features/methodology/MethodologyPage').then((m) => m.MethodologyPage),
)
export const ComparePage = reportPage(() =>
  import('../features/compare/ComparePage').then((m) => m.ComparePage),
)
export const PrintPage = reportPage(() =>
  import('../features/print/PrintPage').then((m) => m.PrintPage),
)
export const QuestionnairePage = lazy(() =>
  import('../features/questionnaire/QuestionnairePage').then((m) => ({
    default: m.QuestionnairePage,
  })),
)
export const NewAssessmentPage = lazy(() =>
  import('../features/new-assessment/NewAssessmentPage').then((m) => ({
    default: m.NewAssessmentPage,
  })),
)
