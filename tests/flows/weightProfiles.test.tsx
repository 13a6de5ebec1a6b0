/**
 * A set with a weight profile across the report screens (jsdom): the print summary names the
 * weighting in its headline, cover and method note and prints the apart note; the Methodology page
 * lists the profile with its weights, source, verification and note; the compare screen flags
 * the totals of assessments weighted differently.
 */
import { render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { Router } from 'wouter'
import { memoryLocation } from 'wouter/memory-location'
import { ComparePage } from '../../src/features/compare/ComparePage'
import { MethodologyPage } from '../../src/features/methodology/MethodologyPage'
import { PrintPage } from '../../src/features/print/PrintPage'
import { builtInSetIds } from '../../src/content/defaultIndicatorSet'
import { parseSetFile } from '../../src/domain/indicators/setFile'
import { setRef } from '../../src/domain/indicators/setDiff'
import { scoreAssessment } from '../../src/domain/scoring/scoreAssessment'
import { must } from '../../src/domain/testing/must'
import { testAssessment } from '../../src/domain/testing/testAssessment'
import { routes } from '../../src/routes/routes'
import { registerInStore } from '../utils/districtSet'
import {
  districtProfile,
  districtWithProfileText,
  spreadAnswers,
} from '../utils/districtWithProfile'
import { resetStore, seedStore } from '../utils/seedStore'

const read = parseSetFile(districtWithProfileText(), { builtInSetIds })
const set = must(read.ok ? read.set : null, 'the district set with a profile')
const base = testAssessment({
  indicatorSet: setRef(set),
  answers: spreadAnswers(set),
})
const weighted = { ...base, weightProfile: districtProfile.id }
const one = new Intl.NumberFormat('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 })
const totalOf = (profile?: string) =>
  one.format(must(scoreAssessment(set, base.answers, base.cityLevel, profile).total.score))

afterEach(resetStore)

const at = (path: string, page: React.ReactNode) => {
  const location = memoryLocation({ path })
  render(<Router hook={location.hook}>{page}</Router>)
}

describe('a weight profile on the report screens', () => {
  it('is named on the printed cover and in the method note, with the apart note', () => {
    registerInStore(set)
    seedStore('ready', weighted)
    render(<PrintPage id={weighted.id} />)
    const cover = must(screen.getByRole('heading', { level: 1 }).closest('header'))
    expect(cover).toHaveTextContent(
      `Total weighted by “Example District 2027 weighting”: ${totalOf(districtProfile.id)} of 100`,
    )
    expect(cover).toHaveTextContent(
      'Weighting of the totalExample District 2027 weighting (source: Example District digital-government assessment scheme (2026) and its drafting notes)',
    )
    expect(screen.getByRole('region', { name: 'Method in brief' })).toHaveTextContent(
      'The total weights the dimensions as “Example District 2027 weighting” does (source: Example District digital-government assessment scheme (2026) and its drafting notes; verification: Verified), not by the set’s own weights.',
    )
    expect(
      screen.getByText(
        'Security — reported apart: scored and shown, but not in the total; nothing is deducted.',
      ),
    ).toBeVisible()
  })

  it('prints the set’s own weights as the default when no profile is chosen', () => {
    registerInStore(set)
    seedStore('ready', base)
    render(<PrintPage id={base.id} />)
    const cover = must(screen.getByRole('heading', { level: 1 }).closest('header'))
    expect(cover).toHaveTextContent('Weighting of the totalThe set’s own weights (default)')
    expect(cover).toHaveTextContent(`Weighted total of the set’s dimensions: ${totalOf()} of 100`)
    expect(screen.queryByText(/reported apart/)).toBeNull()
  })

  it('is listed on the Methodology page with its weights, source, verification and note', () => {
    registerInStore(set)
    seedStore('ready')
    at(routes.methodology.href(setRef(set)), <MethodologyPage />)
    const section = screen.getByRole('region', { name: 'Other weightings of the total' })
    expect(within(section).getByRole('heading', { level: 3 })).toHaveTextContent(
      'Example District 2027 weighting',
    )
    expect(section).toHaveTextContent(
      'Source: Example District digital-government assessment scheme (2026) and its drafting notes. Verification: Verified.',
    )
    expect(section).toHaveTextContent(districtProfile.note.en)
    const table = within(section).getByRole('table', {
      name: 'Weights of “Example District 2027 weighting”, in percent of the total',
    })
    const row = (name: RegExp) => within(table).getByRole('row', { name }).querySelectorAll('td')
    expect([...row(/^GS Government services/)].map((c) => c.textContent)).toEqual(['35%', '50%'])
    // The hotline's own share of the total: 35 × 1 of the 3 that GS's sub-dimensions weigh.
    expect([...row(/^of which GS-HOTLINE/)].map((c) => c.textContent)).toEqual(['11.7%', '30%'])
    expect([...row(/^SS Security/)].map((c) => c.textContent)).toEqual(['15%', 'reported apart'])
  })

  it('flags the totals of two assessments weighted differently on the compare screen', () => {
    registerInStore(set)
    const other = { ...weighted, id: 'abcdefgh-0002', year: 2025 }
    seedStore('ready', base, other)
    at(routes.compare.href([base.id, other.id]), <ComparePage />)
    expect(
      screen.getByText(/^The chosen assessments weight their totals differently/),
    ).toHaveTextContent(
      '杭州市 2024 uses “The set’s own weights (default)” and 杭州市 2025 uses “Example District 2027 weighting”',
    )
    const table = screen.getByRole('table', { name: /^Dimension scores, the weighted total/ })
    const total = within(table).getByRole('row', { name: /^Weighted total/ })
    expect(total).toHaveTextContent(totalOf())
    expect(total).toHaveTextContent(totalOf(districtProfile.id))
    expect(total).toHaveTextContent('†1')
    // The total, and government services, whose hotline the profile weighs on its own.
    const notes = screen.getAllByText(/weighted differently \(another weighting of the total/)
    expect(notes.map((n) => n.textContent)).toEqual([
      '†1 Weighted total, 杭州市 2025 against 杭州市 2024: weighted differently (another weighting of the total was chosen).',
      '†2 Government services, 杭州市 2025 against 杭州市 2024: weighted differently (another weighting of the total was chosen).',
    ])
  })
})
