import { Blob as NodeBlob } from 'node:buffer'
import i18next from 'i18next'
import { afterEach, describe, expect, it } from 'vitest'
import { testAssessment } from '../../domain/testing/testAssessment'
import { backupExport, pngBytes, pngSha256 } from '../../domain/testing/testBackup'
import { putFile, removeUnreferencedFiles } from '../../storage/fileStorage'
import { missingFilesNote } from './missingFilesNote'

const roomy = async () => ({ quota: 1e9, usage: 0 })

afterEach(async () => {
  await removeUnreferencedFiles(new Set())
  await i18next.changeLanguage('en')
})

describe('after a JSON import, the files it could not bring', () => {
  it('counts the attached files this browser does not keep, each hash once, in both languages', async () => {
    // Two assessments attaching a PDF (twice, under two names) and a PNG; the PNG is kept here.
    const { assessments } = backupExport()
    await putFile(pngSha256, new NodeBlob([pngBytes]) as unknown as Blob, backupTime, {
      estimate: roomy,
    })
    expect(await missingFilesNote(assessments)).toBe(
      '1 file(s) attached to the imported answers are not stored in this browser: a JSON file holds only their names and SHA-256. To restore them, import the ZIP backup made with “Export everything (ZIP)”; until then each such card says the stored copy is missing.',
    )
    await i18next.changeLanguage('zh-CN')
    expect(await missingFilesNote(assessments)).toMatch(/^导入的答案附有 1 个本浏览器中没有的文件/)
  })

  it('says nothing when every attached file is kept, or none is attached', async () => {
    expect(await missingFilesNote([testAssessment()])).toBeNull()
    const [first] = backupExport().assessments
    const pngFile = Object.values(first?.answers ?? {})
      .flatMap((a) => a.files ?? [])
      .find((f) => f.sha256 === pngSha256)
    if (pngFile === undefined) throw new Error('the test backup attaches the PNG')
    const png = [
      testAssessment({
        answers: { 'SC-001': { notApplicable: { reason: '无' }, files: [pngFile] } },
      }),
    ]
    expect(await missingFilesNote(png)).not.toBeNull()
    await putFile(pngSha256, new NodeBlob([pngBytes]) as unknown as Blob, backupTime, {
      estimate: roomy,
    })
    expect(await missingFilesNote(png)).toBeNull()
  })
})

const backupTime = '2026-02-03T04:05:06.000Z'
