import { ExchangePanel } from '../features/exchange/ExchangePanel'
import { HomePage } from '../features/home/HomePage'
import { RescueSlot } from '../features/rescue/RescueSlot'
import { eagerScreen, lazyScreen, type Screen } from './screen'

/** Each home row's export buttons, fetched with the table of assessments. */
const loadExportButtons = () =>
  import('../features/exchange/AssessmentExportButtons').then(
    ({ AssessmentExportButtons }) =>
      (id: string) => <AssessmentExportButtons id={id} />,
  )

/**
 * Every screen of the app, one entry each: its route (in src/routes), what its first render needs
 * and how it is drawn. The router shows them and `preloadRoute` starts a deep link's download.
 *
 * Only the home screen is in the first download. The questionnaire and the report screens bring
 * the indicator details; the report screens (results with recharts, methodology, compare, print)
 * and the move and merge screens (answers worded as the print appendix words them) also the report
 * screens' interface text.
 */
export const screens: readonly Screen[] = [
  eagerScreen('home', () => (
    <HomePage
      panel={<ExchangePanel notice={<RescueSlot part="exportNotice" />} />}
      loadRowActions={loadExportButtons}
      rescue={<RescueSlot part="panels" />}
      wipeWarning={<RescueSlot part="wipeWarning" />}
    />
  )),
  lazyScreen('newAssessment', {
    needs: [],
    load: () =>
      import('../features/new-assessment/NewAssessmentPage').then((m) => m.NewAssessmentPage),
    render: (Page) => <Page />,
  }),
  lazyScreen('questionnaire', {
    needs: ['details'],
    load: () =>
      import('../features/questionnaire/QuestionnairePage').then((m) => m.QuestionnairePage),
    render: (Page, { id }) => <Page id={id} />,
  }),
  lazyScreen('results', {
    needs: ['details', 'report'],
    load: () => import('../features/results/ResultsPage').then((m) => m.ResultsPage),
    render: (Page, { id }) => <Page id={id} />,
  }),
  lazyScreen('print', {
    needs: ['details', 'report'],
    load: () => import('../features/print/PrintPage').then((m) => m.PrintPage),
    render: (Page, { id }) => <Page id={id} />,
  }),
  lazyScreen('move', {
    needs: ['details', 'report'],
    load: () => import('../features/move/MovePage').then((m) => m.MovePage),
    render: (Page, { id }) => <Page id={id} />,
  }),
  lazyScreen('merge', {
    needs: ['details', 'report'],
    load: () => import('../features/departments/MergePage').then((m) => m.MergePage),
    render: (Page, { id }) => <Page id={id} />,
  }),
  lazyScreen('departments', {
    needs: ['details'],
    load: () => import('../features/departments/DepartmentsPage').then((m) => m.DepartmentsPage),
    render: (Page, { id }) => <Page id={id} />,
  }),
  lazyScreen('methodology', {
    needs: ['details', 'report'],
    load: () => import('../features/methodology/MethodologyPage').then((m) => m.MethodologyPage),
    render: (Page) => <Page />,
  }),
  lazyScreen('compare', {
    needs: ['details', 'report'],
    load: () => import('../features/compare/ComparePage').then((m) => m.ComparePage),
    render: (Page) => <Page />,
  }),
  lazyScreen('departmentResponses', {
    // The report text holds the words of the refusals an assessment import also has.
    needs: ['report'],
    load: () =>
      import('../features/department-workspace/DepartmentResponsesPage').then(
        (m) => m.DepartmentResponsesPage,
      ),
    render: (Page) => <Page />,
  }),
  lazyScreen('departmentResponse', {
    needs: ['details'],
    load: () =>
      import('../features/department-workspace/DepartmentResponsePage').then(
        (m) => m.DepartmentResponsePage,
      ),
    render: (Page, { packageId }) => <Page packageId={packageId} />,
  }),
]
