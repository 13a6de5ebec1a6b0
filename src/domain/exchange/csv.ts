/**
 * CSV text (RFC 4180) for spreadsheet users: fields quoted when they contain a comma, a quote or a
 * line break, quotes doubled, CRLF line ends, and a UTF-8 byte-order mark so Excel opens Chinese
 * text correctly. Text cells that a spreadsheet would run as a formula (starting with = + - @, a
 * tab or a carriage return, or their full-width forms) get a leading apostrophe (OWASP "CSV
 * injection"); numbers are written as numbers and never altered.
 */
import type { Cell, Table } from './table'

const formulaStart = /^[=+\-@\t\r＝＋－＠]/

/** A text cell made inert for spreadsheets: `=1+1` becomes `'=1+1`. */
export const neutraliseFormula = (text: string): string =>
  formulaStart.test(text) ? `'${text}` : text

export const csvField = (cell: Cell): string => {
  if (cell === null) return ''
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : ''
  const text = neutraliseFormula(cell)
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

const csvRow = (cells: readonly Cell[]) => cells.map(csvField).join(',')

/** Tables one after another, separated by an empty line, with the byte-order mark in front. */
export const toCsv = (tables: readonly Table[]): string =>
  `\uFEFF${tables.map((t) => [t.header, ...t.rows].map(csvRow).join('\r\n')).join('\r\n\r\n')}\r\n`
