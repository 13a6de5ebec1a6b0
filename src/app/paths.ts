/** Every route of the app in one place, so links and the router cannot drift apart. */
export const paths = {
  home: '/',
  newAssessment: '/new',
  questionnaire: '/assessments/:id',
  results: '/assessments/:id/results',
  print: '/assessments/:id/print',
  methodology: '/methodology',
  compare: '/compare',
} as const
