import { parse as parsePattern } from 'regexparam'
import { matchRoute } from 'wouter'
import { describe, expect, it } from 'vitest'
import { queries } from './queries'
import { routes, type RouteName } from './routes'

/** The parts of an address the router and the page read. */
const parts = (href: string) => {
  const url = new URL(href, 'https://example.test')
  return { pathname: url.pathname, search: url.search, hash: url.hash }
}

/** The routes whose pattern matches a pathname, as wouter's <Switch> would test them. */
const matching = (pathname: string) =>
  (Object.keys(routes) as RouteName[]).filter(
    (name) => matchRoute(parsePattern, routes[name].pattern, pathname)[0],
  )

const id = 'b8a3f0c2-5d1e-4f7a-9c6b-2e4d8f1a3c5e'

describe('routes', () => {
  it.each([
    ['home', routes.home.href(), '/'],
    ['newAssessment', routes.newAssessment.href(), '/new'],
    ['questionnaire', routes.questionnaire.href(id), `/assessments/${id}`],
    ['results', routes.results.href(id), `/assessments/${id}/results`],
    ['print', routes.print.href(id), `/assessments/${id}/print`],
    ['move', routes.move.href(id), `/assessments/${id}/move`],
    ['methodology', routes.methodology.href(), '/methodology'],
    [
      'methodology',
      routes.methodology.href({ setId: 'example-district-gov', version: '1.1.0' }),
      '/methodology?set=example-district-gov@1.1.0',
    ],
    ['compare', routes.compare.href(), '/compare'],
    ['departments', routes.departments.href(id), `/assessments/${id}/departments`],
    ['merge', routes.merge.href(id), `/assessments/${id}/merge`],
    ['departmentResponses', routes.departmentResponses.href(), '/department'],
    ['departmentResponse', routes.departmentResponse.href('pkg-0001'), '/department/pkg-0001'],
  ] as const)('%s builds %s, which only its own pattern matches', (name, href, expected) => {
    // The addresses are a contract (bookmarks, shared links): their shapes are spelled out here.
    expect(href).toBe(expected)
    expect(matching(parts(href).pathname)).toEqual([name])
  })

  it.each(['hangzhou-2024', '杭州 2024', 'a/b?c#d%e'])(
    'keeps the id %j in one path segment, decoded back to itself',
    (odd) => {
      for (const name of [
        'questionnaire',
        'results',
        'print',
        'move',
        'departments',
        'merge',
      ] as const) {
        const { pathname, search, hash } = parts(routes[name].href(odd))
        expect([search, hash]).toEqual(['', ''])
        const [matched, params] = matchRoute(parsePattern, routes[name].pattern, pathname)
        expect(matched).toBe(true)
        expect(decodeURIComponent(params?.id ?? '')).toBe(odd)
      }
    },
  )

  it('points the questionnaire at a section or card through the fragment', () => {
    const href = routes.questionnaire.href(id, 'indicator-SC-012')
    expect(href).toBe(`/assessments/${id}#indicator-SC-012`)
    expect(matching(parts(href).pathname)).toEqual(['questionnaire'])
    expect(decodeURIComponent(parts(routes.questionnaire.href(id, 'a b#c')).hash.slice(1))).toBe(
      'a b#c',
    )
  })

  it('names a comparison in ?ids= and reads the same ids back', () => {
    const ids = [id, 'c0ffee00-aaaa-bbbb-cccc-0123456789ab', 'hangzhou-2024']
    const href = routes.compare.href(ids)
    expect(href).toBe(`/compare?ids=${ids.join(',')}`)
    expect(matching(parts(href).pathname)).toEqual(['compare'])
    expect(queries.compare.idsFrom(parts(href).search)).toEqual(ids)
    expect(routes.compare.href([])).toBe('/compare?ids=')
    expect(queries.compare.idsFrom('')).toEqual([])
    expect(queries.compare.idsFrom('?ids=a,,%20b%20,')).toEqual(['a', 'b'])
  })

  it('keeps the "shared indicators only" option in the query and reads it back', () => {
    const ids = ['a-1', 'b-2']
    const href = routes.compare.href(ids, { shared: true })
    expect(href).toBe('/compare?ids=a-1,b-2&shared=1')
    expect(matching(parts(href).pathname)).toEqual(['compare'])
    expect(queries.compare.idsFrom(parts(href).search)).toEqual(ids)
    expect(queries.compare.optionsFrom(parts(href).search)).toEqual({ shared: true })
    expect(routes.compare.href(ids, { shared: false })).toBe('/compare?ids=a-1,b-2')
    expect(queries.compare.optionsFrom(parts(routes.compare.href(ids)).search)).toEqual({
      shared: false,
    })
    expect(queries.compare.optionsFrom('?ids=a&shared=yes')).toEqual({ shared: false })
  })

  it('names the described indicator set in ?set= and reads the same set back', () => {
    const set = { setId: 'example-district-gov', version: '1.1.0' }
    expect(queries.methodology.setFrom(parts(routes.methodology.href(set)).search)).toEqual(set)
    expect(queries.methodology.setFrom(parts(routes.methodology.href()).search)).toBeNull()
    // Percent-encoded, as a browser may write it, reads the same.
    expect(queries.methodology.setFrom('?set=scm-default%401.0.0')).toEqual({
      setId: 'scm-default',
      version: '1.0.0',
    })
    for (const odd of ['?set=', '?set=scm-default', '?set=@1.0.0', '?set=a@', '?set=a@1@2'])
      expect(queries.methodology.setFrom(odd)).toBeNull()
  })
})
