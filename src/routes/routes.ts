/**
 * Every address of the app in one place: the router matches `pattern`, and every link and
 * `navigate` builds its address with `href`, so the two cannot drift apart. This layer imports
 * nothing else in `src`, so features and shared components may use it. The table is in the first
 * download; what reads a query string back is in `queries.ts`, loaded with the screens that read it.
 *
 * The addresses are a public contract (bookmarks, shared links, tests): change a pattern only
 * together with a redirect from the old one.
 */

/** An id as one path segment: encoded, so any character stays inside its segment. */
const segment = (id: string) => encodeURIComponent(id)

/** `#fragment` (encoded; the questionnaire decodes it), or nothing. */
const hash = (fragment: string | undefined) =>
  fragment === undefined ? '' : `#${encodeURIComponent(fragment)}`

/** How a comparison is computed (see `routes.compare`). */
export type CompareOptions = { shared?: boolean }

/**
 * An indicator set and version as an address names it (the content layer's `SetRef` has this
 * shape; this layer imports nothing, so it is spelled out here).
 */
export type SetInAddress = { setId: string; version: string }

export const routes = {
  home: { pattern: '/', href: () => '/' },
  newAssessment: { pattern: '/new', href: () => '/new' },
  /**
   * One assessment's answers. `fragment` is the id of an element on the page, which opens its
   * section: a section heading or an indicator card (see components/ui/questionnaireAnchors).
   */
  questionnaire: {
    pattern: '/assessments/:id',
    href: (id: string, fragment?: string) => `/assessments/${segment(id)}${hash(fragment)}`,
  },
  results: {
    pattern: '/assessments/:id/results',
    href: (id: string) => `/assessments/${segment(id)}/results`,
  },
  print: {
    pattern: '/assessments/:id/print',
    href: (id: string) => `/assessments/${segment(id)}/print`,
  },
  /** What moving an assessment to the newest version of its indicator set changes, and the move. */
  move: {
    pattern: '/assessments/:id/move',
    href: (id: string) => `/assessments/${segment(id)}/move`,
  },
  /**
   * The departments that answer an assessment's indicators: who answers what, the packages sent
   * to them, and what has come back (the status board).
   */
  departments: {
    pattern: '/assessments/:id/departments',
    href: (id: string) => `/assessments/${segment(id)}/departments`,
  },
  /** Merging a department's return (or an imported copy of the assessment) answer by answer. */
  merge: {
    pattern: '/assessments/:id/merge',
    href: (id: string) => `/assessments/${segment(id)}/merge`,
  },
  /** A department's side: open a package, and the packages this browser is answering. */
  departmentResponses: { pattern: '/department', href: () => '/department' },
  /** A department's workspace for one package: only its indicators, then the return file. */
  departmentResponse: {
    pattern: '/department/:packageId',
    href: (packageId: string) => `/department/${segment(packageId)}`,
  },
  /**
   * How scores are computed, described from one indicator set: `?set=<setId>@<version>` names it
   * (a built-in release or a set brought by the user); without it, the default set. Read back by
   * `queries.methodology.setFrom`.
   */
  methodology: {
    pattern: '/methodology',
    href: (set?: SetInAddress) =>
      set === undefined
        ? '/methodology'
        : `/methodology?set=${segment(set.setId)}@${segment(set.version)}`,
  },
  /**
   * Several assessments side by side; `?ids=a,b,c` names them, so a comparison can be bookmarked
   * and reached in one click. Without ids, the empty comparison. `&shared=1` compares only on the
   * indicators every compared version shares with equal definitions. Read back by
   * `queries.compare`.
   */
  compare: {
    pattern: '/compare',
    href: (ids?: readonly string[], options: CompareOptions = {}) =>
      ids === undefined
        ? '/compare'
        : `/compare?ids=${ids.map(segment).join(',')}${options.shared === true ? '&shared=1' : ''}`,
  },
} as const

/** The name of one route of the table. */
export type RouteName = keyof typeof routes
