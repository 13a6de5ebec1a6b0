import { describe, expect, it } from 'vitest'
import type { Table } from '../../domain/exchange/table'
import { unzip } from '../../../tests/utils/unzip'
import { xlsxBlob } from './xlsxExport'
import { estimateXlsxParts, fitsXlsx, xlsxCellMaxChars, xlsxPartLimitBytes } from './xlsxLimits'

/** jsdom's Blob: read through FileReader, which jsdom implements. */
const blobBytes = (blob: Blob) =>
  new Promise<Uint8Array>((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer))
    reader.onerror = () => reject(reader.error)
    reader.readAsArrayBuffer(blob)
  })

const answers: Table = {
  header: ['指标编号', 'Answer', 'Score'],
  rows: [
    ['SC-001', '=HYPERLINK("http://evil")', 80],
    ['SC-002', '<script>alert(1)</script> & 杭州', -5],
    ['SC-003', null, null],
  ],
}

describe('xlsxBlob', () => {
  it('writes a workbook with a sheet per table, text as text and numbers as numbers', async () => {
    const blob = await xlsxBlob([
      { name: '回答', table: answers, widths: [10, 30, 10] },
      { name: 'Summary: [all]', table: { header: ['Group'], rows: [['Total']] } },
    ])
    const files = unzip(await blobBytes(blob))
    const workbook = files.get('xl/workbook.xml')?.toString('utf8') ?? ''
    expect(workbook).toContain('name="回答"')
    expect(workbook).toContain('name="Summary   all"')
    const strings = files.get('xl/sharedStrings.xml')?.toString('utf8') ?? ''
    expect(strings).toContain('指标编号')
    expect(strings).toContain('<t>=HYPERLINK("http://evil")</t>')
    expect(strings).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; 杭州')
    const sheet = files.get('xl/worksheets/sheet1.xml')?.toString('utf8') ?? ''
    // The formula-looking text is a shared string (t="s"), never a formula (<f>).
    expect(sheet).not.toContain('<f>')
    expect(sheet).toMatch(/<v>-5<\/v>/)
  })

  it('cuts text longer than Excel allows in a cell, saying how much was cut', async () => {
    const long = 'x'.repeat(xlsxCellMaxChars + 100)
    const blob = await xlsxBlob([{ name: 'A', table: { header: ['h'], rows: [[long]] } }])
    const strings =
      unzip(await blobBytes(blob))
        .get('xl/sharedStrings.xml')
        ?.toString('utf8') ?? ''
    expect(strings).toContain(`…(+120)`)
    expect(strings).not.toContain(long)
  })
})

describe('fitsXlsx', () => {
  it('over-estimates the size of every part of a real workbook', async () => {
    const table: Table = {
      header: ['id', 'note', 'score'],
      rows: Array.from({ length: 120 }, (_, i) => [
        `SC-${i}`,
        `备注 & <notes> "${'文'.repeat(i * 3)}"`,
        i / 3,
      ]),
    }
    const estimate = estimateXlsxParts([table])
    const files = unzip(await blobBytes(await xlsxBlob([{ name: 'A', table }])))
    expect(estimate.sharedStrings).toBeGreaterThan(files.get('xl/sharedStrings.xml')?.length ?? 0)
    expect(estimate.sheets[0]).toBeGreaterThan(files.get('xl/worksheets/sheet1.xml')?.length ?? 0)
    expect(fitsXlsx([table])).toBe(true)
  })

  it('refuses tables whose text would make a part reach the worker threshold', () => {
    const big: Table = {
      header: ['note'],
      rows: Array.from({ length: 60 }, (_, i) => [`${i}${'长'.repeat(1000)}`]),
    }
    expect(estimateXlsxParts([big]).sharedStrings).toBeGreaterThan(xlsxPartLimitBytes)
    expect(fitsXlsx([big])).toBe(false)
  })
})
