import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import type { AttachedFile } from '../../domain/assessment/answer'
import { buildReturnZip } from '../../domain/departments/returnZip'
import {
  assessmentWithPackage,
  findTinySet,
  kpi,
  returnOf,
} from '../../domain/testing/departmentFixtures'
import { addMergeText } from '../../i18n/mergeText'
import { must } from '../../domain/testing/must'
import { MergeScreen, type MergeActions } from './MergeScreen'

addMergeText()

const bytes = new TextEncoder().encode('%PDF-1.7 evidence')
const sha256 = async (b: Uint8Array) =>
  [...new Uint8Array(await crypto.subtle.digest('SHA-256', b as Uint8Array<ArrayBuffer>))]
    .map((x) => x.toString(16).padStart(2, '0'))
    .join('')
const pdfSha256 = await sha256(bytes)
const file: AttachedFile = {
  sha256: pdfSha256,
  name: 'report.pdf',
  size: bytes.length,
  type: 'application/pdf',
  addedAt: '2026-01-20T09:00:00.000Z',
}
const assessment = assessmentWithPackage({ 'SC-001': kpi(1) })
const returned = returnOf(assessment, { 'SC-001': { ...kpi(2), files: [file] } })

const actions = (storeFiles: MergeActions['storeFiles']): MergeActions => ({
  mergeReturn: vi.fn(async () => ({ ok: false as const, reason: 'not-found' as const })),
  mergeAssessment: vi.fn(async () => ({ ok: false as const, reason: 'not-found' as const })),
  storeFiles,
  undo: vi.fn(async () => ({ ok: true as const })),
  settled: vi.fn(),
})

const pick = async (archive: Uint8Array, given: MergeActions) => {
  render(
    <MergeScreen assessment={assessment} incoming={null} findSet={findTinySet} actions={given} />,
  )
  const user = userEvent.setup()
  await user.upload(
    screen.getByLabelText(/Department return file/),
    new File([archive as Uint8Array<ArrayBuffer>], 'transport-return.zip'),
  )
  return user
}

describe('the merge screen with a ZIP return', () => {
  it('shows the returned file and stores it before the merge; a storage failure stops the merge', async () => {
    const storeFiles = vi.fn<MergeActions['storeFiles']>(async () => ({
      ok: false,
      message: 'the disk is full',
    }))
    const given = actions(storeFiles)
    const user = await pick(buildReturnZip(returned, new Map([[pdfSha256, bytes]])), given)
    expect(await screen.findByText(/report\.pdf/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Merge' }))
    expect(await screen.findByText('Nothing was merged: the disk is full')).toBeInTheDocument()
    const [storedReturn, carried, accepted] = must(storeFiles.mock.lastCall, 'files stored')
    expect(storedReturn).toEqual(returned)
    expect(carried.map((f) => [f.sha256, [...f.bytes]])).toEqual([[pdfSha256, [...bytes]]])
    expect([...accepted]).toEqual(['SC-001'])
    expect(given.mergeReturn).not.toHaveBeenCalled()
  })

  it('refuses a ZIP return that lacks a file its answer attaches, and changes nothing', async () => {
    const given = actions(vi.fn(async () => ({ ok: true as const })))
    await pick(buildReturnZip(returned, new Map()), given)
    expect(
      await screen.findByText(/neither in the archive nor stored in this browser/),
    ).toBeInTheDocument()
    expect(given.storeFiles).not.toHaveBeenCalled()
    expect(given.mergeReturn).not.toHaveBeenCalled()
  })
})
