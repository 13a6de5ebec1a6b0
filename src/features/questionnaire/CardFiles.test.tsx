import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { resetStore, seedStore } from '../../../tests/utils/seedStore'
import type { AttachedFile } from '../../domain/assessment/answer'
import { testAssessment } from '../../domain/testing/testAssessment'
import type { PutFileResult } from '../../storage/fileStorage'
import { assessments } from '../../store/appStore'
import { CardFiles } from './CardFiles'
import type { FileOps } from './fileOps'

const assessment = testAssessment()
const indicatorId = 'SC-001'
const png: Uint8Array<ArrayBuffer> = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 1, 2,
])
const pdf: Uint8Array<ArrayBuffer> = new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj')
const html = new TextEncoder().encode('<html><script>window.pwned = true</script></html>')

const sha256 = async (bytes: Uint8Array<ArrayBuffer>) =>
  [...new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('')

/** Files kept in a Map; `put` can be made to answer otherwise; downloads are recorded. */
const memoryOps = (answer?: PutFileResult) => {
  const kept = new Map<string, Blob>()
  const saved: { blob: Blob; name: string }[] = []
  const ops: FileOps = {
    put: vi.fn(async (hash: string, blob: Blob) => {
      if (answer !== undefined) return answer
      if (kept.has(hash)) return { ok: true, stored: 'already-kept' } as const
      kept.set(hash, blob)
      return { ok: true, stored: 'new' } as const
    }),
    get: async (hash) => kept.get(hash) ?? null,
    save: (blob, name) => saved.push({ blob, name }),
    maxBytes: 1000,
  }
  return { ops, kept, saved }
}

const stored = (): AttachedFile[] | undefined =>
  assessments.store.getState().byId[assessment.id]?.answers[indicatorId]?.files

const renderFiles = (ops: FileOps, readOnly = false) => {
  render(
    <CardFiles
      assessmentId={assessment.id}
      indicatorId={indicatorId}
      indicatorName="Hotline"
      readOnly={readOnly}
      ops={ops}
    />,
  )
  return userEvent.setup()
}

const createObjectURL = URL.createObjectURL
const revokeObjectURL = URL.revokeObjectURL
beforeEach(() => {
  URL.createObjectURL = vi.fn(() => `blob:preview-${Math.random()}`)
  URL.revokeObjectURL = vi.fn()
})
afterEach(() => {
  URL.createObjectURL = createObjectURL
  URL.revokeObjectURL = revokeObjectURL
  resetStore()
})

describe('CardFiles', () => {
  it('attaches several files by hash, lists them, and says a second copy is already attached', async () => {
    seedStore('ready', { ...assessment, answers: { [indicatorId]: { note: 'kept' } } })
    const { ops, kept } = memoryOps()
    const user = renderFiles(ops)
    const input = screen.getByLabelText('Attach files')
    await user.upload(input, [
      new File([pdf], 'report.pdf', { type: 'application/pdf' }),
      new File([png], 'portal.png', { type: 'image/png' }),
    ])
    await waitFor(() => expect(stored()).toHaveLength(2))
    expect(stored()?.map((f) => [f.name, f.size, f.type, f.sha256])).toEqual([
      ['report.pdf', pdf.length, 'application/pdf', await sha256(pdf)],
      ['portal.png', png.length, 'image/png', await sha256(png)],
    ])
    expect(assessments.store.getState().byId[assessment.id]?.answers[indicatorId]?.note).toBe(
      'kept',
    )
    expect([...kept.keys()].sort()).toEqual([await sha256(pdf), await sha256(png)].sort())
    const list = screen.getByRole('list', { name: 'Files attached to Hotline' })
    expect(list).toHaveTextContent('report.pdf')
    // Only the raster image is previewed.
    expect(await screen.findByRole('img', { name: 'Preview of portal.png' })).toBeInTheDocument()
    expect(screen.queryByRole('img', { name: 'Preview of report.pdf' })).toBeNull()

    await user.upload(input, new File([pdf], 'copy.pdf'))
    expect(await screen.findByRole('status')).toHaveTextContent(
      'copy.pdf is already attached to this indicator (as report.pdf).',
    )
    expect(stored()).toHaveLength(2)
  })

  it('refuses a file over the limit and one there is no room for, attaching and storing nothing', async () => {
    seedStore('ready', assessment)
    const tooBig = memoryOps()
    const user = renderFiles(tooBig.ops)
    await user.upload(
      screen.getByLabelText('Attach files'),
      new File([new Uint8Array(1001)], 'big.pdf'),
    )
    expect(
      await screen.findByText(/big\.pdf was not attached: it is over 25 MB/),
    ).toBeInTheDocument()
    expect(tooBig.ops.put).not.toHaveBeenCalled()
    expect(stored()).toBeUndefined()
  })

  it("says so in the user's words when the browser has no room, and attaches nothing", async () => {
    seedStore('ready', assessment)
    const full = memoryOps({ ok: false, reason: 'no-room', needed: 6_000_000, available: 1024 })
    const user = renderFiles(full.ops)
    await user.upload(screen.getByLabelText('Attach files'), new File([pdf], 'report.pdf'))
    expect(
      await screen.findByText(/report\.pdf was not attached: there is not enough storage/),
    ).toHaveTextContent('(1 kB free, 5.7 MB needed). Nothing was stored.')
    expect(stored()).toBeUndefined()
  })

  it('removes a file with undo, putting it back where it was', async () => {
    seedStore('ready', assessment)
    const { ops } = memoryOps()
    const user = renderFiles(ops)
    await user.upload(screen.getByLabelText('Attach files'), [
      new File([pdf], 'a.pdf'),
      new File([png], 'b.png'),
    ])
    await waitFor(() => expect(stored()).toHaveLength(2))
    await user.click(screen.getByRole('button', { name: 'Remove a.pdf' }))
    expect(stored()?.map((f) => f.name)).toEqual(['b.png'])
    expect(screen.getByRole('status')).toHaveTextContent('Removed a.pdf.')
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    expect(stored()?.map((f) => f.name)).toEqual(['a.pdf', 'b.png'])
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Download a.pdf' })).toHaveFocus(),
    )
  })

  it('downloads under a safe name, as octet-stream unless the bytes are a raster image', async () => {
    seedStore('ready', assessment)
    const { ops, saved } = memoryOps()
    const user = renderFiles(ops)
    await user.upload(screen.getByLabelText('Attach files'), [
      new File([html], '../evil.html', { type: 'text/html' }),
      new File([png], 'shot.png', { type: 'image/png' }),
    ])
    await waitFor(() => expect(stored()).toHaveLength(2))
    await user.click(screen.getByRole('button', { name: 'Download ../evil.html' }))
    await user.click(screen.getByRole('button', { name: 'Download shot.png' }))
    await waitFor(() => expect(saved).toHaveLength(2))
    expect(saved.map((s) => [s.name, s.blob.type])).toEqual([
      ['_evil.html', 'application/octet-stream'],
      ['shot.png', 'image/png'],
    ])
    expect(screen.queryByRole('img', { name: /evil/ })).toBeNull()
  })

  it('lists only, in a read-only tab, and follows what the writing tab saves', async () => {
    const file: AttachedFile = {
      sha256: 'a'.repeat(64),
      name: 'decision.pdf',
      size: 2048,
      type: 'application/pdf',
      addedAt: '2026-01-02T03:04:05.000Z',
    }
    seedStore('ready', assessment)
    renderFiles(memoryOps().ops, true)
    expect(screen.getByText('No files attached.')).toBeInTheDocument()
    assessments.store.setState((s) => ({
      byId: {
        ...s.byId,
        [assessment.id]: { ...assessment, answers: { [indicatorId]: { files: [file] } } },
      },
    }))
    expect(await screen.findByText('decision.pdf')).toBeInTheDocument()
    expect(screen.getByText(/Size 2 kB/)).toBeInTheDocument()
    expect(screen.queryByLabelText('Attach files')).toBeNull()
    expect(screen.queryByRole('button', { name: /Remove/ })).toBeNull()
    expect(screen.getByRole('button', { name: 'Download decision.pdf' })).toBeInTheDocument()
  })
})
