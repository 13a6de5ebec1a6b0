import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { openDB } from 'idb'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { buildExport, serialiseExport } from '../../domain/exchange/exportFile'
import { testAssessment } from '../../domain/testing/testAssessment'
import { databaseName } from '../../storage/indexedDbStorage'
import { assessmentActions, assessments } from '../../store/appStore'
import { ExchangePanel } from './ExchangePanel'
import { storedOnly } from '../../../tests/utils/storedOnly'

/**
 * Choosing another file while the first is still being checked: the last choice wins, whichever
 * check ends last. Each test holds back the first file's bytes until a second file has been
 * checked and shown, then lets them through.
 */

const hangzhou = testAssessment({ id: 'hangzhou-2024', revision: 1 })
const exportText = (...list: Parameters<typeof buildExport>[0]) =>
  serialiseExport(buildExport(list, '1', hangzhou.updatedAt))

/** A file whose bytes arrive only when `release` is called. */
const heldFile = (name: string, text: string) => {
  const file = new File([text], name, { type: 'application/json' })
  const bytes = file.arrayBuffer()
  let release = () => {}
  const held = new Promise<ArrayBuffer>((resolve) => {
    release = () => resolve(bytes)
  })
  vi.spyOn(file, 'arrayBuffer').mockReturnValue(held)
  return { file, release }
}

const choose = (file: File) =>
  userEvent.setup({ applyAccept: false }).upload(screen.getByLabelText(/JSON/), file)

/** Every text the panel showed from now on, one entry per change of the page. */
const recordShown = () => {
  const shown: string[] = []
  const observer = new MutationObserver(() => shown.push(document.body.textContent))
  observer.observe(document.body, { subtree: true, childList: true, characterData: true })
  return { shown, stop: () => observer.disconnect() }
}

/**
 * After the first file's bytes are let through, a third file (one new assessment) is chosen and
 * awaited until it is stored. Its check takes the same steps as the first's, one step behind,
 * and storage writes happen in the order they start, so whatever the first file's check would
 * still do (show a dialog, write) has been done by then.
 */
const chooseAnotherAndWait = async () => {
  const shaoxing = testAssessment({ id: 'shaoxing-2024', city: '绍兴市' })
  await choose(new File([exportText(shaoxing)], 'third.json', { type: 'application/json' }))
  await waitFor(() => expect(assessments.store.getState().byId[shaoxing.id]).toBeDefined())
}

const storedIds = async () => {
  const db = await openDB(databaseName)
  const keys = await db.getAllKeys('assessments')
  db.close()
  return keys
}

beforeAll(async () => {
  await assessmentActions.hydrate()
})

beforeEach(async () => {
  await storedOnly(hangzhou)
})

afterEach(() => {
  vi.restoreAllMocks()
})

describe('ImportFlow: the file chosen last wins', () => {
  it('does not import an earlier file whose check ends after a later file was shown', async () => {
    render(<ExchangePanel />)
    const ningbo = testAssessment({ id: 'ningbo-2024', city: '宁波市' })
    const first = heldFile('first.json', exportText(ningbo))
    await choose(first.file)
    expect(await screen.findByText('Checking “first.json”…')).toBeVisible()
    await choose(new File(['not json'], 'second.json', { type: 'application/json' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('“second.json” was not imported')

    const everStored = new Set<string>()
    const unsubscribe = assessments.store.subscribe((s) =>
      Object.keys(s.byId).forEach((id) => everStored.add(id)),
    )
    first.release()
    await chooseAnotherAndWait()
    unsubscribe()
    expect([...everStored].sort()).toEqual(['hangzhou-2024', 'shaoxing-2024'])
    expect(await storedIds()).toEqual(['hangzhou-2024', 'shaoxing-2024'])
  })

  it('does not open the collision dialog of an earlier file over a later file’s summary', async () => {
    render(<ExchangePanel />)
    const first = heldFile('first.json', exportText({ ...hangzhou, answers: {} }))
    await choose(first.file)
    await screen.findByText('Checking “first.json”…')
    const wenzhou = testAssessment({ id: 'wenzhou-2024', city: '温州市' })
    await choose(new File([exportText(wenzhou)], 'second.json', { type: 'application/json' }))
    expect(
      (await screen.findByText('Import finished')).closest('[role="status"]'),
    ).toHaveTextContent('Added: 1')

    const record = recordShown()
    first.release()
    await chooseAnotherAndWait()
    record.stop()
    expect(record.shown.filter((text) => text.includes('already exist here'))).toEqual([])
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(assessments.store.getState().byId['hangzhou-2024']).toEqual(hangzhou)
  })
})
