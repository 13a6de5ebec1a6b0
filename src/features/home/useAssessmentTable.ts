import { useEffect, useState, type ReactNode } from 'react'
import type { AssessmentTable } from './AssessmentTable'

type RowActions = (id: string) => ReactNode
/** The table's code, with the actions the app puts in each row (fetched with it). */
export type TableParts = { Table: typeof AssessmentTable; rowActions?: RowActions }
/** Fetches the code of a row's extra actions; a module-level function, so its result is kept. */
export type RowActionsLoader = () => Promise<RowActions>

/** Loaded once per loader: coming back to the home page finds the table at hand, with no flash. */
const loaded = new Map<RowActionsLoader | undefined, TableParts>()

const load = async (loadRowActions: RowActionsLoader | undefined): Promise<TableParts> => {
  const [{ AssessmentTable: Table }, rowActions] = await Promise.all([
    import('./AssessmentTable'),
    loadRowActions?.(),
  ])
  const parts = rowActions === undefined ? { Table } : { Table, rowActions }
  loaded.set(loadRowActions, parts)
  return parts
}

/**
 * The assessment table's code, fetched once `wanted` (there is an assessment to list): null until
 * it has arrived. A fetch that fails (offline before the app was cached, or a deployment that
 * replaced the file) is thrown during render, as a screen's would be, so the app's error boundary
 * says so and offers the stored data for download.
 */
export const useAssessmentTable = (
  wanted: boolean,
  loadRowActions?: RowActionsLoader,
): TableParts | null => {
  const [parts, setParts] = useState(() => loaded.get(loadRowActions) ?? null)
  const [failure, setFailure] = useState<{ error: unknown } | null>(null)
  useEffect(() => {
    if (!wanted || parts !== null) return
    let current = true
    load(loadRowActions).then(
      (p) => current && setParts(p),
      (error: unknown) => current && setFailure({ error }),
    )
    return () => {
      current = false
    }
  }, [wanted, parts, loadRowActions])
  if (failure !== null) throw failure.error
  return wanted ? parts : null
}
