import { render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { Router } from 'wouter'
import { memoryLocation } from 'wouter/memory-location'
import fixture2023 from '../../../tests/fixtures/hangzhou-2023.assessment.json'
import fixture2024 from '../../../tests/fixtures/hangzhou-2024.assessment.json'
import { resetStore, seedStore } from '../../../tests/utils/seedStore'
import { fixtureSet } from '../../../tests/utils/fixtureSet'
import { AssessmentSchema } from '../../domain/assessment/assessment'
import { scoreAssessment } from '../../domain/scoring/scoreAssessment'
import { must } from '../../domain/testing/must'
import { routes } from '../../routes/routes'
import { ComparePage } from './ComparePage'

const y2023 = AssessmentSchema.parse(fixture2023)
const y2024 = AssessmentSchema.parse(fixture2024)
const set = fixtureSet()
const one = new Intl.NumberFormat('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 })

afterEach(resetStore)

const renderAt = (path: string) => {
  const location = memoryLocation({ path })
  render(
    <Router hook={location.hook}>
      <ComparePage />
    </Router>,
  )
}

describe('ComparePage with one set version', () => {
  it('flags nothing, offers no "shared indicators only" and ignores it in the address', () => {
    seedStore('ready', y2023, y2024)
    renderAt(routes.compare.href([y2023.id, y2024.id], { shared: true }))
    expect(screen.queryByRole('checkbox', { name: /^Compare only on the indicators/ })).toBeNull()
    expect(screen.queryByText(/definitions differ/)).toBeNull()
    const table = screen.getByRole('table', { name: /^Dimension scores, the weighted total/ })
    const total = within(table).getByRole('row', { name: /^Weighted total/ })
    for (const a of [y2023, y2024])
      expect(total).toHaveTextContent(
        one.format(must(scoreAssessment(set, a.answers, a.cityLevel).total.score)),
      )
  })
})
