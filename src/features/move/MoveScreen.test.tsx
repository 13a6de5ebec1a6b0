import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import i18next from 'i18next'
import { useStore } from 'zustand'
import { describe, expect, it } from 'vitest'
import { fixedNow, storeDeps } from '../../../tests/utils/storeDeps'
import type { Answer } from '../../domain/assessment/answer'
import type { Assessment } from '../../domain/assessment/assessment'
import { scoreAssessment } from '../../domain/scoring/scoreAssessment'
import { must } from '../../domain/testing/must'
import { nextVersion } from '../../domain/testing/nextVersion'
import { testAssessment } from '../../domain/testing/testAssessment'
import { fullAnswers, tinySet } from '../../domain/testing/tinySet'
import type { AssessmentStorage } from '../../storage/assessmentStorage'
import { createMemoryStorage } from '../../storage/memoryStorage'
import { createAssessmentsStore } from '../../store/assessmentsStore'
import { moveToVersion, undoMove } from '../../store/moveVersion'
import { MoveScreen } from './MoveScreen'

/** 1.1.0 of the tiny set: SC-001's target 100 → 80 %, SC-004 retired, SC-006 added, SC-005 renamed. */
const { set: v2, added } = nextVersion(tinySet, {
  retarget: 'SC-001',
  retire: 'SC-004',
  reword: 'SC-005',
})

/** Every indicator of the tiny set answered. */
const answers = Object.fromEntries(
  Object.entries(fullAnswers).filter((entry): entry is [string, Answer] => entry[1] !== undefined),
)

const original = testAssessment({
  id: 'tiny-2024',
  indicatorSet: { setId: 'tiny', version: '1.0.0' },
  answers,
  revision: 2,
})

/** The screen over a real store on `storage`, showing the assessment as the store holds it. */
const renderScreen = async (
  storage: AssessmentStorage = createMemoryStorage(fixedNow, [original]),
  readOnly = false,
) => {
  const { store, actions } = createAssessmentsStore(storeDeps(storage))
  await actions.hydrate()
  const context = {
    store,
    importAssessments: actions.importAssessments,
    flush: actions.flush,
    now: fixedNow,
  }
  const Live = () => {
    const assessment = useStore(store, (s) => s.byId['tiny-2024'])
    return assessment === undefined ? null : (
      <MoveScreen
        assessment={assessment}
        from={tinySet}
        to={v2}
        readOnly={readOnly}
        actions={{
          move: () => moveToVersion(context, 'tiny-2024', tinySet, v2),
          undo: (previous: Assessment) => undoMove(context, previous),
        }}
      />
    )
  }
  render(<Live />)
  return { store, storage }
}

const section = (name: RegExp) =>
  must(screen.getByRole('heading', { name }).closest('section'), `section ${String(name)}`)

const one = (language: string) =>
  new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 })

describe('the move screen', () => {
  it('lists every change and every score before and after, then moves, and Undo puts the record back', async () => {
    const user = userEvent.setup()
    const { store } = await renderScreen()
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      '杭州市 2024: move to version 1.1.0',
    )
    expect(section(/^Indicators added \(1\)/)).toHaveTextContent(`${added} added ${added}`)
    expect(section(/^Indicators retired \(1\)/)).toHaveTextContent('SC-004')
    expect(section(/^Definitions changed \(1\)/)).toHaveTextContent(
      'SC-001 SC-001target: 100 % → 80 %',
    )
    expect(section(/^Kept, to be reviewed \(1\)/)).toHaveTextContent(
      'SC-001 SC-001: its definition changed and the value is kept',
    )
    expect(section(/^No longer asked \(1\)/)).toHaveTextContent(
      'SC-004 SC-004: the indicator is retired',
    )
    expect(section(/^Kept as they are \(3\)/)).toHaveTextContent('SC-002')

    // Scores: the engine's numbers, before with 1.0.0 and the stored answers, after with 1.1.0 and
    // the answers the move keeps (SC-004 is gone).
    const before = scoreAssessment(tinySet, answers, original.cityLevel)
    const kept = Object.fromEntries(Object.entries(answers).filter(([id]) => id !== 'SC-004'))
    const after = scoreAssessment(v2, kept, original.cityLevel)
    const total = within(screen.getByRole('table')).getByRole('row', { name: /^Total score/ })
    const fmt = one('en')
    expect(
      within(total)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([
      fmt.format(must(before.total.score)),
      fmt.format(must(after.total.score)),
      expect.stringMatching(/^(▲ up|▼ down|= unchanged)/),
    ])
    const sa = within(screen.getByRole('table')).getByRole('row', { name: /^Capability: SA/ })
    expect(within(sa).getAllByRole('cell')[0]).toHaveTextContent(
      fmt.format(must(before.capabilities.SA.score)),
    )

    await user.click(screen.getByRole('button', { name: 'Move to version 1.1.0' }))
    expect(await screen.findByText(/^Moved to version 1\.1\.0\./)).toHaveFocus()
    const moved = store.getState().byId['tiny-2024']
    expect(moved?.indicatorSet).toEqual({ setId: 'tiny', version: '1.1.0' })
    expect(moved?.answers['SC-004']).toBeUndefined()
    expect(moved?.answers['SC-001']?.reviewAfterMove).toEqual({
      fromVersion: '1.0.0',
      cleared: false,
    })

    await user.click(screen.getByRole('button', { name: 'Undo' }))
    expect(
      await screen.findByText(/^Undone: the assessment uses version 1\.0\.0 again/),
    ).toHaveFocus()
    const restored = store.getState().byId['tiny-2024']
    expect({ ...restored, revision: original.revision }).toEqual(original)
    // The offer is back, for the version the assessment records again.
    expect(screen.getByRole('button', { name: 'Move to version 1.1.0' })).toBeEnabled()
  })

  it('says the same in Chinese', async () => {
    await act(() => i18next.changeLanguage('zh-CN'))
    const user = userEvent.setup()
    const { store } = await renderScreen()
    expect(section(/^定义有变化的指标（1）/)).toHaveTextContent('目标值：100 中文% → 80 中文%')
    expect(section(/^不再填报（1）/)).toHaveTextContent('SC-004 中文SC-004（说明：该指标已停用）')
    await user.click(screen.getByRole('button', { name: '迁移到 1.1.0 版' }))
    expect(await screen.findByText(/^已迁移到 1\.1\.0 版/)).toBeInTheDocument()
    expect(store.getState().byId['tiny-2024']?.indicatorSet.version).toBe('1.1.0')
    await user.click(screen.getByRole('button', { name: '撤销' }))
    expect(await screen.findByText(/^已撤销/)).toBeInTheDocument()
    expect(store.getState().byId['tiny-2024']?.indicatorSet.version).toBe('1.0.0')
  })

  it('cannot move while another tab edits the assessment', async () => {
    await renderScreen(undefined, true)
    expect(screen.getByText(/open for editing in another tab/)).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Move to version 1.1.0' })).toBeDisabled()
  })

  it('says why nothing was moved when the browser cannot save, and leaves the record as it was', async () => {
    const user = userEvent.setup()
    const memory = createMemoryStorage(fixedNow, [original])
    const { store } = await renderScreen({
      ...memory,
      replaceMany: () => Promise.resolve({ ok: false, reason: 'quota', detail: 'disk full' }),
    })
    await user.click(screen.getByRole('button', { name: 'Move to version 1.1.0' }))
    expect(
      await screen.findByText('Nothing was changed: the browser could not save (disk full).'),
    ).toHaveFocus()
    expect(store.getState().byId['tiny-2024']).toEqual(original)
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull()
  })
})
