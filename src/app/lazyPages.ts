import { lazy } from 'react'

/**
 * Screens loaded on demand: the results (with recharts) and the methodology page are not needed
 * for the first screen, so their code is fetched only when a user opens them.
 */
export const ResultsPage = lazy(() =>
  import('../features/results/ResultsPage').then((m) => ({ default: m.ResultsPage })),
)
export const MethodologyPage = lazy(() =>
  import('../features/methodology/MethodologyPage').then((m) => ({ default: m.MethodologyPage })),
)
export const ComparePage = lazy(() =>
  import('../features/compare/ComparePage').then((m) => ({ default: m.ComparePage })),
)
export const PrintPage = lazy(() =>
  import('../features/print/PrintPage').then((m) => ({ default: m.PrintPage })),
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
