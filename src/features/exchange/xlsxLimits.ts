/**
 * How big an XLSX export may be here. write-excel-file zips the workbook with fflate, which
 * compresses any part of 160 000 bytes or more in a Web Worker built from a `blob:` URL; the app's
 * Content-Security-Policy (`worker-src 'self'`) forbids that, so such an export would fail and
 * report a violation. Smaller parts are compressed on the main thread. This estimate (an upper
 * bound of the XML each part holds) keeps every part under the limit; above it the user is offered
 * the CSV export, which holds the same table.
 */
import type { Table } from '../../domain/exchange/table'

/** fflate's threshold is 160 000 bytes; the margin covers the XML around the estimate. */
export const xlsxPartLimitBytes = 150_000

/** Excel refuses longer text in a cell; longer text is cut with a marker (CSV and JSON keep it). */
export const xlsxCellMaxChars = 32_767

const encoder = new TextEncoder()

/** UTF-8 bytes of text once XML-escaped (`&` → `&amp;` is the longest escape, five bytes more). */
const xmlBytes = (text: string): number => {
  let extra = 0
  for (const ch of text) if (ch === '&' || ch === '<' || ch === '>' || ch === '"') extra += 5
  return encoder.encode(text).length + extra
}

/** Upper bounds of the shared-strings part and of each sheet's part, in bytes. */
export const estimateXlsxParts = (
  tables: readonly Table[],
): { sharedStrings: number; sheets: number[] } => {
  const strings = new Set<string>()
  const sheets = tables.map((table) => {
    let bytes = 1_000
    for (const row of [table.header, ...table.rows]) {
      bytes += 40
      for (const cell of row) {
        bytes += 60
        if (typeof cell === 'string') strings.add(cell.slice(0, xlsxCellMaxChars))
        else if (typeof cell === 'number') bytes += String(cell).length
      }
    }
    return bytes
  })
  let sharedStrings = 200
  for (const s of strings) sharedStrings += xmlBytes(s) + 40
  return { sharedStrings, sheets }
}

export const fitsXlsx = (tables: readonly Table[]): boolean => {
  const { sharedStrings, sheets } = estimateXlsxParts(tables)
  return sharedStrings < xlsxPartLimitBytes && sheets.every((b) => b < xlsxPartLimitBytes)
}
