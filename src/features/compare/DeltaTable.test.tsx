import { act, render, screen, within } from '@testing-library/react'
import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import { laterSet, on100, on190, releasedSet } from '../../../tests/utils/crossVersion'
import { capabilityIds } from '../../domain/indicators/schema'
import { comparability } from '../../domain/report/comparability'
import { sharedAcrossSets } from '../../domain/report/sharedAcrossSets'
import { compareAssessments } from '../../domain/report/yearComparison'
import { scoreAssessment } from '../../domain/scoring/scoreAssessment'
import { countyTinySet } from '../../domain/testing/countyTinySet'
import { must } from '../../domain/testing/must'
import { tinySet } from '../../domain/testing/tinySet'
import { compareFlags } from './compareFlags'
import { DeltaTable } from './DeltaTable'
import { LeftOutNote } from './LeftOutNote'

const sides = [
  { assessment: on100, set: releasedSet },
  { assessment: on190, set: laterSet },
]
const comparison = compareAssessments(
  sides.map(({ assessment, set }) => ({
    label: String(assessment.year),
    set,
    score: scoreAssessment(set, assessment.answers, assessment.cityLevel),
  })),
)
const columns = {
  labels: comparison.labels,
  differences: [null, comparability(must(sides[0]), must(sides[1]))],
  sets: [releasedSet, laterSet],
}
const capabilityName = (id: string, lang: 'en' | 'zh') =>
  releasedSet.meta.capabilities.find((c) => c.id === id)?.name[lang] ?? id

/** The capability table with flags, as the compare screen draws it, in one language. */
const CapabilityTable = ({ lang }: { lang: 'en' | 'zh' }) => {
  const rows = comparison.capabilities.map((row) => ({
    ...row,
    name: capabilityName(row.id, lang),
    row: { kind: 'capability' as const, id: row.id },
  }))
  const flags = compareFlags(rows, columns)
  return (
    <DeltaTable
      caption="capabilities"
      labels={comparison.labels}
      rows={rows.map((row, i) => ({ ...row, marks: flags.marks[i] ?? [] }))}
      notes={flags.notes}
    />
  )
}

const sc001 = releasedSet.indicators.find((i) => i.id === 'SC-001')
const sc003 = releasedSet.indicators.find((i) => i.id === 'SC-003')
const sc099 = laterSet.indicators.find((i) => i.id === 'SC-099')

describe('DeltaTable across set versions', () => {
  it('marks each later column whose definitions differ and names the indicators and reasons below (English)', () => {
    render(<CapabilityTable lang="en" />)
    const table = screen.getByRole('table', { name: 'capabilities' })
    const flagged = capabilityIds.filter(
      (k) => columns.differences[1]?.capabilities[k].differs === true,
    )
    // The fixture changes SC-001, SC-003 and SC-099: some capabilities move, not all.
    expect(flagged.length).toBeGreaterThan(0)
    expect(flagged.length).toBeLessThan(capabilityIds.length)
    flagged.forEach((k, i) => {
      const row = within(table).getByRole('row', {
        name: new RegExp(`^${capabilityName(k, 'en')}`),
      })
      const cells = within(row).getAllByRole('cell')
      expect(cells[0]).not.toHaveTextContent('definitions differ')
      expect(cells[1]).toHaveTextContent(`definitions differ, see note ${String(i + 1)}`)
    })
    const notes = screen.getByRole('list', { name: /^Scores marked † do not measure/ })
    const items = within(notes).getAllByRole('listitem')
    expect(items).toHaveLength(flagged.length)
    const text = notes.textContent ?? ''
    expect(text).toContain(`SC-001 ${sc001?.name.en ?? ''} (target changed)`)
    expect(text).toContain(`SC-003 ${sc003?.name.en ?? ''} (only in version 1.0.0)`)
    expect(text).toContain(`SC-099 ${sc099?.name.en ?? ''} (only in version 1.9.0)`)
    expect(items[0]).toHaveTextContent(
      `†1 ${capabilityName(must(flagged[0]), 'en')}, 2025 against 2024:`,
    )
  })

  it('says the same in Chinese', async () => {
    await act(() => i18next.changeLanguage('zh-CN'))
    render(<CapabilityTable lang="zh" />)
    expect(screen.getAllByText(/指标定义不同，见注 1/).length).toBe(1)
    const notes = screen.getByRole('list', { name: /^标有 † 的得分/ })
    const text = notes.textContent ?? ''
    expect(text).toContain(`指标 SC-001 ${sc001?.name.zh ?? ''}（目标值已变更）`)
    expect(text).toContain('（仅见于 1.0.0 版）')
    expect(text).toContain('（仅见于 1.9.0 版）')
    expect(text).toContain('2025 与 2024 相比：')
  })

  it('draws no mark and no notes when the versions are the same', () => {
    const rows = comparison.capabilities.map((row) => ({
      ...row,
      name: row.id,
      row: { kind: 'capability' as const, id: row.id },
    }))
    const flags = compareFlags(rows, { ...columns, differences: [null, null] })
    render(
      <DeltaTable
        caption="same"
        labels={comparison.labels}
        rows={rows.map((row, i) => ({ ...row, marks: flags.marks[i] ?? [] }))}
        notes={flags.notes}
      />,
    )
    expect(screen.queryByText(/definitions differ/)).toBeNull()
    expect(screen.queryByRole('list')).toBeNull()
  })
})

describe('LeftOutNote', () => {
  const subset = sharedAcrossSets([releasedSet, laterSet])

  it('says how many indicators are scored and which are left out, and why, in both languages', async () => {
    const { rerender } = render(<LeftOutNote subset={subset} sets={[releasedSet, laterSet]} />)
    const note = screen.getByRole('note')
    expect(note).toHaveTextContent(
      `Only the ${String(subset.shared.length)} indicators that all versions share with the same definitions are scored here.`,
    )
    expect(note).toHaveTextContent(
      `Left out (3): SC-001 ${sc001?.name.en ?? ''} (target changed), SC-003 ${sc003?.name.en ?? ''} (only in version 1.0.0), and SC-099 ${sc099?.name.en ?? ''} (only in version 1.9.0).`,
    )
    await act(() => i18next.changeLanguage('zh-CN'))
    rerender(<LeftOutNote subset={subset} sets={[releasedSet, laterSet]} />)
    expect(screen.getByRole('note')).toHaveTextContent('未计入的指标（3 项）：指标 SC-001')
  })

  it('names a changed target for county-level cities as the reason an indicator is left out', () => {
    // countyTinySet sets counties a baseline on SC-001 and a target on SC-002.
    const sets = [tinySet, countyTinySet] as const
    render(<LeftOutNote subset={sharedAcrossSets(sets)} sets={sets} />)
    expect(screen.getByRole('note')).toHaveTextContent(
      'Left out (2): SC-001 SC-001 (baseline for county-level cities changed) and SC-002 SC-002 (target for county-level cities changed).',
    )
  })
})
