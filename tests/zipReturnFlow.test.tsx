/**
 * A department's evidence file travels to the coordinator in a ZIP return: the department attaches
 * a file on its card, "Return to the coordinator" writes a ZIP return carrying it, and the
 * coordinator, whose browser does not keep the file, reads the return, stores the accepted
 * answer's file (the same SHA-256) and merges: the questionnaire card lists it. The two browsers
 * are one fake IndexedDB, emptied between the two sides. Node's Blob stands in for the browser's
 * where bytes are stored: fake-indexeddb clones with Node's structured clone, which keeps a Node
 * Blob whole but not jsdom's.
 */
import { Blob as NodeBlob } from 'node:buffer'
import { createHash } from 'node:crypto'
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { FileOps } from '../src/components/answering/evidenceFileOps'
import type { Answer } from '../src/domain/assessment/answer'
import { applyReturn } from '../src/domain/departments/applyMerge'
import { buildPackage } from '../src/domain/departments/packageFile'
import { planReturn } from '../src/domain/departments/planReturn'
import { buildReturn } from '../src/domain/departments/returnFile'
import {
  assessmentWithPackage,
  findTinySet,
  kpi,
  transport,
} from '../src/domain/testing/departmentFixtures'
import { must } from '../src/domain/testing/must'
import { tinySet } from '../src/domain/testing/tinySet'
import { returnDownload } from '../src/features/department-workspace/returnDownload'
import { ResponseCard } from '../src/features/department-workspace/ResponseCard'
import { readZipReturn, storeAcceptedFiles } from '../src/features/departments/zipReturnFiles'
import { CardFiles } from '../src/features/questionnaire/CardFiles'
import {
  getFile,
  putFile,
  removeUnreferencedFiles,
  storedFileHashes,
} from '../src/storage/fileStorage'
import { resetStore, seedStore } from './utils/seedStore'

const pdf = new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n')
const pdfSha256 = createHash('sha256').update(pdf).digest('hex')
const sha256Of = async (blob: Blob) =>
  createHash('sha256')
    .update(new Uint8Array(await blob.arrayBuffer()))
    .digest('hex')
const roomy = async () => ({ quota: 1e9, usage: 0 })

afterEach(() => {
  vi.unstubAllGlobals()
  resetStore()
})

describe('a department’s file in a ZIP return', () => {
  it('is attached, returned, stored by the coordinator with the same SHA-256, and listed on the card', async () => {
    const assessment = assessmentWithPackage({ 'SC-001': kpi(1) })
    const issued = must(assessment.packages?.[0], 'a package')
    const pkg = buildPackage(
      assessment,
      transport,
      issued,
      { sha256: 'a'.repeat(64), carry: null },
      'test',
    )

    // The department attaches the PDF to SC-001; its bytes go to this browser's file storage.
    const attachOps: FileOps = {
      put: (sha256, blob, storedAt) =>
        blob.arrayBuffer().then((bytes) =>
          putFile(sha256, new NodeBlob([bytes]) as unknown as Blob, storedAt, {
            estimate: roomy,
          }),
        ),
      get: async (sha256) => {
        const got = await getFile(sha256)
        return got.ok && got.file !== null ? got.file.blob : null
      },
      save: () => undefined,
      maxBytes: 1_000_000,
    }
    const onAnswer = vi.fn<(id: string, answer: Answer | undefined) => void>()
    const department = render(
      <ResponseCard
        indicator={must(
          tinySet.indicators.find((i) => i.id === 'SC-001'),
          'SC-001',
        )}
        cityLevel="prefecture-and-above"
        initial={pkg.answers['SC-001']}
        onAnswer={onAnswer}
        fileOps={attachOps}
      />,
    )
    const user = userEvent.setup()
    await user.upload(
      await screen.findByLabelText('Attach files'),
      new File([pdf], '年报.pdf', { type: 'application/pdf' }),
    )
    await waitFor(() => expect(onAnswer).toHaveBeenCalled())
    const answer = must(onAnswer.mock.lastCall?.[1], 'the answer with its file')
    expect(answer.files?.map((f) => [f.sha256, f.name, f.size])).toEqual([
      [pdfSha256, '年报.pdf', pdf.length],
    ])
    expect(answer.value).toEqual(kpi(1).value)
    expect(await screen.findByText('年报.pdf')).toBeInTheDocument()
    department.unmount()

    // "Return to the coordinator": the package did not carry the file, so the return is a ZIP.
    const file = buildReturn(
      pkg,
      { 'SC-001': { answer, answeredAt: '2026-01-20T09:00:00.000Z' } },
      { name: '李明', department: transport.name },
      'test',
      '2026-01-21T10:00:00.000Z',
    )
    const download = await returnDownload(file, pkg)
    if (!download.ok) throw new Error(download.detail)
    expect(download.name).toMatch(/-return-2026-01-21\.zip$/)
    expect(download.files).toBe(1)
    const archive = new Uint8Array(await download.blob.arrayBuffer())

    // The coordinator's browser does not keep the file.
    await removeUnreferencedFiles(new Set())
    expect(await storedFileHashes()).toEqual({ ok: true, hashes: [] })

    const read = await readZipReturn(archive)
    if (!read.ok) throw new Error(JSON.stringify(read.problem))
    expect(read.file).toEqual(file)
    const plan = planReturn(assessment, read.file, findTinySet)
    if (!plan.ok) throw new Error(plan.problem.kind)
    const accepted = new Set(['SC-001'])
    vi.stubGlobal('Blob', NodeBlob)
    expect(await storeAcceptedFiles(read.file, read.files, accepted)).toEqual({ ok: true })
    vi.unstubAllGlobals()
    const stored = await getFile(pdfSha256)
    if (!stored.ok || stored.file === null) throw new Error('the file was not stored')
    expect(await sha256Of(stored.file.blob)).toBe(pdfSha256)

    // The merge names the file on the coordinator's card.
    const merged = applyReturn(
      assessment,
      plan.plan,
      accepted,
      {
        returnedAt: read.file.returnedAt,
        respondent: read.file.respondent,
        departmentName: transport.name,
      },
      '2026-01-22T08:00:00.000Z',
    )
    seedStore('ready', merged)
    const coordinator = render(
      <CardFiles
        assessmentId={merged.id}
        indicatorId="SC-001"
        indicatorName="SC-001"
        readOnly={false}
      />,
    )
    expect(merged.answers['SC-001']?.files?.map((f) => f.sha256)).toEqual([pdfSha256])
    expect(await coordinator.findByText('年报.pdf')).toBeInTheDocument()
  })
})
