/**
 * What importing would do to the assessments already stored, and the user's choices applied.
 *
 * The rules (an import never overwrites anything silently; the user chooses for each collision):
 * - `new`: neither the id nor the city and year exist here: the assessment is added as it is.
 * - `same-city-year`: this browser already has an assessment of that city and year (whatever its
 *   id). A city keeps ONE assessment per year, so the choices are `replace` (the incoming content
 *   is written over the existing assessment, which keeps its id, so links and the list row stay)
 *   or `skip`. "Keep both" is not offered: it would make two assessments of one city and year.
 * - `same-id`: an assessment with the same id exists, but for another city or year (a file from
 *   another browser, or a city renamed). The choices are `replace` (the incoming one takes the
 *   id), `keep-both` (the incoming one is added under a new id) or `skip`.
 * Every replaced record is backed up by the storage before it is overwritten.
 */
import { cityKey, findSameCityYear, type Assessment } from '../assessment/assessment'

type Existing = Pick<Assessment, 'id' | 'city' | 'year'>

export type ImportCollision =
  | { kind: 'new' }
  | { kind: 'same-id'; existing: Existing }
  | { kind: 'same-city-year'; existing: Existing }

export type ImportChoice = 'replace' | 'keep-both' | 'skip'

export type PlanEntry = { incoming: Assessment; collision: ImportCollision }

/** The choices offered for a collision; a `new` assessment needs none. */
export const choicesFor = (collision: ImportCollision): readonly ImportChoice[] => {
  switch (collision.kind) {
    case 'new':
      return []
    case 'same-id':
      return ['replace', 'keep-both', 'skip']
    case 'same-city-year':
      return ['replace', 'skip']
  }
}

/** Classifies each incoming assessment against the existing ones (see the rules above). */
export const planImport = (
  incoming: readonly Assessment[],
  existing: readonly Existing[],
): PlanEntry[] =>
  incoming.map((a) => {
    const sameCityYear = findSameCityYear(existing, a.city, a.year)
    if (sameCityYear !== undefined)
      return { incoming: a, collision: { kind: 'same-city-year', existing: sameCityYear } }
    const sameId = existing.find((e) => e.id === a.id)
    if (sameId !== undefined)
      return { incoming: a, collision: { kind: 'same-id', existing: sameId } }
    return { incoming: a, collision: { kind: 'new' } }
  })

export type ImportSummary = { added: number; replaced: number; keptBoth: number; skipped: number }

export type ResolveResult =
  | { ok: true; writes: Assessment[]; summary: ImportSummary }
  | { ok: false; problem: { kind: 'missing-choice' | 'invalid-choice'; id: string } }
  | { ok: false; problem: { kind: 'conflict'; id: string } }

/**
 * The records to write for a plan and the user's choices (keyed by incoming id). Fails, writing
 * nothing, when a collision has no choice or one it does not offer, or when two choices would
 * land on the same record or give one city two assessments for a year.
 * `keep-both` copies get `newId()` and revision 0; other records keep their revision, which the
 * storage raises above the stored one when it replaces a record.
 */
export const resolveImport = (
  plan: readonly PlanEntry[],
  choices: ReadonlyMap<string, ImportChoice>,
  existing: readonly Existing[],
  newId: () => string,
): ResolveResult => {
  const summary: ImportSummary = { added: 0, replaced: 0, keptBoth: 0, skipped: 0 }
  const writes: Assessment[] = []
  const takenIds = new Set(existing.map((e) => e.id))
  for (const { incoming, collision } of plan) {
    if (collision.kind === 'new') {
      writes.push(incoming)
      summary.added++
      continue
    }
    const choice = choices.get(incoming.id)
    if (choice === undefined)
      return { ok: false, problem: { kind: 'missing-choice', id: incoming.id } }
    if (!choicesFor(collision).includes(choice))
      return { ok: false, problem: { kind: 'invalid-choice', id: incoming.id } }
    if (choice === 'skip') summary.skipped++
    else if (choice === 'replace') {
      writes.push({ ...incoming, id: collision.existing.id })
      summary.replaced++
    } else {
      let id = newId()
      for (let tries = 0; takenIds.has(id) && tries < 10; tries++) id = newId()
      if (takenIds.has(id)) return { ok: false, problem: { kind: 'conflict', id } }
      takenIds.add(id)
      writes.push({ ...incoming, id, revision: 0 })
      summary.keptBoth++
    }
  }
  // The state after the import must still hold one record per id and per city and year.
  const after = new Map<string, Existing>(existing.map((e) => [e.id, e]))
  const written = new Set<string>()
  for (const w of writes) {
    if (written.has(w.id)) return { ok: false, problem: { kind: 'conflict', id: w.id } }
    written.add(w.id)
    after.set(w.id, w)
  }
  // Only clashes involving a written record count: old data is never the import's fault.
  const cityYears = new Map<string, string>()
  for (const a of after.values()) {
    const key = `${a.year}\u0000${cityKey(a.city)}`
    const other = cityYears.get(key)
    if (other !== undefined && (written.has(a.id) || written.has(other)))
      return { ok: false, problem: { kind: 'conflict', id: written.has(a.id) ? a.id : other } }
    cityYears.set(key, a.id)
  }
  return { ok: true, writes, summary }
}
