/**
 * The XLSX writer. This module and write-excel-file are loaded with `import()` only when someone
 * exports a spreadsheet, so neither is part of the first screen's JavaScript. Call it only for
 * tables that pass `fitsXlsx` (see xlsxLimits.ts for why).
 *
 * Text is written as text cells, which spreadsheets never run as formulas, so unlike CSV no
 * apostrophe is needed; numbers are number cells.
 */
import writeXlsxFile, { type Cell as XlsxCell, type Sheet } from 'write-excel-file/browser'
import type { Cell, Table } from '../../domain/exchange/table'
import { xlsxCellMaxChars } from './xlsxLimits'

/** Excel sheet names: at most 31 characters, none of `\ / ? * [ ] :`. */
const sheetName = (name: string): string => {
  const cleaned = name.replace(/[\\/?*[\]:]/g, ' ').trim()
  return (cleaned === '' ? 'Sheet' : cleaned).slice(0, 31)
}

const cellText = (text: string): string =>
  text.length <= xlsxCellMaxChars
    ? text
    : `${text.slice(0, xlsxCellMaxChars - 20)} …(+${text.length - (xlsxCellMaxChars - 20)})`

const toCell = (cell: Cell): XlsxCell =>
  cell === null
    ? null
    : typeof cell === 'number'
      ? { value: cell, type: Number }
      : { value: cellText(cell), type: String, wrap: cell.includes('\n') }

export type XlsxSheet = { name: string; table: Table; widths?: number[] }

export const xlsxBlob = (sheets: readonly XlsxSheet[]): Promise<Blob> =>
  writeXlsxFile(
    sheets.map(({ name, table, widths }): Sheet<Blob> => ({
      sheet: sheetName(name),
      stickyRowsCount: 1,
      ...(widths === undefined ? {} : { columns: widths.map((width) => ({ width })) }),
      data: [
        table.header.map((h) => ({ value: h, type: String, fontWeight: 'bold' as const })),
        ...table.rows.map((row) => row.map(toCell)),
      ],
    })),
  ).toBlob()
