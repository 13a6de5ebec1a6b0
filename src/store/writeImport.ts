/**
 * Writing an import: fetched with the import (see `importAssessments` in `exchangeActions.ts`), as
 * nothing here is needed before a file is chosen.
 */
import type { Assessment } from '../domain/assessment/assessment'
import { currentSchemaVersion } from '../domain/assessment/envelope'
import type { ImportChoice } from '../domain/exchange/planImport'
import type { IndicatorSet } from '../domain/indicators/schema'
import { customSets, registerCustomSet } from '../content/defaultIndicatorSet'
import type { BackupReason, StoredSetText } from '../storage/assessmentStorage'
import type { ExchangeContext, ImportOutcome } from './exchangeActions'
import type { SaveState } from './writeToStorage'

/** `importAssessments` (see there), once its code is here. */
export const writeImport = async (
  { store, deps, storage, queue }: ExchangeContext,
  incoming: readonly Assessment[],
  choices: ReadonlyMap<string, ImportChoice>,
  reason: BackupReason,
  sets: readonly IndicatorSet[],
): Promise<ImportOutcome> => {
  const target = storage()
  if (target === null || store.getState().phase !== 'ready')
    return { ok: false, reason: 'not-ready' }
  const planning = await import('../domain/exchange/planImport').then(
    (module) => ({ ok: true as const, module }),
    (error: unknown) => ({ ok: false as const, error }),
  )
  if (!planning.ok) return { ok: false, reason: 'code-unavailable', detail: String(planning.error) }
  const { planImport, resolveImport } = planning.module
  const existing = Object.values(store.getState().byId)
  const resolved = resolveImport(planImport(incoming, existing), choices, existing, deps.newId)
  if (!resolved.ok) return { ok: false, reason: resolved.problem.kind, id: resolved.problem.id }
  const targets = resolved.writes.map((w) => w.id)
  // A save already on its way counts too: finishing after `replaceMany`, it would mix its
  // revision into the imported record (loading the code above widens that window).
  await Promise.all(targets.filter((id) => queue.isBusy(id)).map((id) => queue.flush(id)))
  const unsaved = targets.find((id) => queue.isDirty(id))
  if (unsaved !== undefined) return { ok: false, reason: 'unsaved-changes', id: unsaved }
  let texts: StoredSetText[] = []
  try {
    if (sets.length > 0) {
      const { storedSetText } = await import('./customSets')
      texts = await Promise.all(sets.map(storedSetText))
    }
  } catch (error) {
    return { ok: false, reason: 'code-unavailable', detail: String(error) }
  }
  const result = await target.replaceMany(resolved.writes, reason, texts)
  if (!result.ok) {
    if (result.reason === 'blocked') return { ok: false, reason: 'blocked', id: result.id }
    if (result.reason === 'different-set')
      return { ok: false, reason: 'different-set', key: result.key }
    return { ok: false, reason: result.reason, detail: result.detail }
  }
  for (const set of sets) registerCustomSet(set)
  if (sets.length > 0) store.setState({ customSets: customSets() })
  const at = deps.now()
  store.setState((s) => ({
    byId: { ...s.byId, ...Object.fromEntries(result.assessments.map((a) => [a.id, a])) },
    save: {
      ...s.save,
      ...Object.fromEntries(
        result.assessments.map((a): [string, SaveState] => [a.id, { status: 'saved', at }]),
      ),
    },
    backupCount: s.backupCount + (result.backup === null ? 0 : 1),
  }))
  for (const { id, revision } of result.assessments) {
    deps.journal.clear(id)
    deps.tabs?.announceSaved({ type: 'saved', id, revision, schemaVersion: currentSchemaVersion })
  }
  return {
    ok: true,
    summary: resolved.summary,
    ids: result.assessments.map((a) => a.id),
    backedUp: result.backup?.records.length ?? 0,
  }
}
