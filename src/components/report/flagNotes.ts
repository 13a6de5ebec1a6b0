/**
 * Glue between `comparability` and the tables that flag scores: which comparability group a row
 * is, and the numbering of flagged cells, so the compare screen and the print report mark and
 * explain them the same way.
 */
import { assertNever } from '../../domain/assertNever'
import type { Comparability, GroupComparability } from '../../domain/report/comparability'
import type { IndicatorSet } from '../../domain/indicators/schema'

/** What a table row scores: the total, a capability or a dimension (by id). */
export type ScoreRow = { kind: 'total' } | { kind: 'capability' | 'dimension'; id: string }

/** The comparability of one score; null when `c` does not know it (a dimension neither set has). */
export const groupOf = (c: Comparability, row: ScoreRow): GroupComparability | null => {
  switch (row.kind) {
    case 'total':
      return c.total
    case 'capability':
      return Object.entries(c.capabilities).find(([id]) => id === row.id)?.[1] ?? null
    case 'dimension':
      return c.dimensions.find((d) => d.dimensionId === row.id) ?? null
    default:
      return assertNever(row)
  }
}

/** One flagged score: its number, what it compares, and the two full sets (for names). */
export type FlagNote = {
  n: number
  /** The score's name (a capability, a dimension, the total). */
  score: string
  /** The compared column and the one it is compared against. */
  item: string
  first: string
  group: GroupComparability
  sets: { a: IndicatorSet; b: IndicatorSet }
}

export type FlagCell = Omit<FlagNote, 'n' | 'group'> & { group: GroupComparability | null }

/**
 * Numbers the cells whose score differs (`group.differs`) 1, 2, … in reading order (row by row):
 * `marks[row][column]` is the cell's number or null, `notes` explains each number.
 */
export const numberFlags = (cells: readonly (readonly (FlagCell | null)[])[]) => {
  const notes: FlagNote[] = []
  const marks = cells.map((row) =>
    row.map((cell) => {
      if (cell === null || cell.group === null || !cell.group.differs) return null
      const note = { ...cell, group: cell.group, n: notes.length + 1 }
      notes.push(note)
      return note.n
    }),
  )
  return { marks, notes }
}
