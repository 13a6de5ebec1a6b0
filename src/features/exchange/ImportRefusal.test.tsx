import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import i18next from 'i18next'
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { buildExport, serialiseExport } from '../../domain/exchange/exportFile'
import { testAssessment } from '../../domain/testing/testAssessment'
import { assessmentActions, assessments } from '../../store/appStore'
import { ExchangePanel } from './ExchangePanel'

/**
 * Refusals as the import panel shows them, through the real path: the file is chosen, its bytes
 * read, the checking code and its text fetched. Every case of the refused-files table is in
 * `tests/importBad.test.ts`; these show the three newest kinds of refusal end to end.
 */

const hangzhou = testAssessment({ id: 'hangzhou-2024', revision: 1 })

/** A bad file's bytes, as they are on disk (one of them is not valid UTF-8). */
const fixture = (name: string) =>
  new Uint8Array(
    readFileSync(resolve(import.meta.dirname, '../../../tests/fixtures/import-bad', name)),
  )

const upload = async (name: string, content: string | Uint8Array<ArrayBuffer>) => {
  const file = new File([content], name, { type: 'application/json' })
  await userEvent.setup({ applyAccept: false }).upload(screen.getByLabelText(/JSON/), file)
  return screen.findByRole('alert')
}

beforeAll(async () => {
  await assessmentActions.hydrate()
})

beforeEach(() => {
  assessments.store.setState({ byId: { [hangzhou.id]: hangzhou }, save: {} })
})

describe('import refusals in the panel', () => {
  it('refuses invalid UTF-8 with the byte offset, instead of importing the text changed', async () => {
    render(<ExchangePanel />)
    const alert = await upload('latin1.json', fixture('invalid-utf8-note.json'))
    expect(alert).toHaveTextContent(
      '“latin1.json” was not imported: the file is not valid UTF-8 text (unreadable byte at offset 593, line 24).',
    )
    expect(assessments.store.getState().byId).toEqual({ [hangzhou.id]: hangzhou })
  })

  it('lists the answers that do not fit their indicators, each with its path', async () => {
    render(<ExchangePanel />)
    const alert = await upload('parts.json', fixture('ratio-negative-parts.json'))
    expect(alert).toHaveTextContent(
      '“parts.json” was not imported: it has answers that the questionnaire could not have given (2 problem(s)):',
    )
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      '$.assessments[0].answers["SC-005"].value.numerator: a part of a ratio cannot be negative.',
      '$.assessments[0].answers["SC-005"].value.denominator: a part of a ratio cannot be negative.',
    ])
  })

  it.each(['en', 'zh-CN'])(
    'shows a 2 MB unknown key once, cut short, in an alert under 500 characters (%s)',
    async (language) => {
      await act(() => i18next.changeLanguage(language))
      render(<ExchangePanel />)
      const key = 'k'.repeat(2 * 1024 * 1024)
      const file = buildExport([{ ...hangzhou, [key]: true }], '1', hangzhou.updatedAt)
      const text = (await upload('long.json', serialiseExport(file))).textContent
      expect(text.length).toBeLessThan(500)
      expect(text.split(`${'k'.repeat(40)}…`)).toHaveLength(2)
      expect(text).toContain('$.assessments[0]')
    },
  )
})
