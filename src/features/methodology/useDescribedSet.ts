import { useReadySet } from '../../components/ui/useReadySet'
import { defaultIndicatorSet, type SetRef } from '../../content/defaultIndicatorSet'
import { assertNever } from '../../domain/assertNever'
import type { IndicatorSet } from '../../domain/indicators/schema'
import { useAssessments } from '../../store/appStore'

/**
 * Why the page describes the default set instead of the one its address asks for: `looking` while
 * the sets stored in this browser are still being read, `missing` once they are and it is not
 * among them (nor among the built-in releases).
 */
export type SetNotice = 'looking' | 'missing'

/**
 * The version a set is, as `setRef` in domain/indicators/setDiff gives it; written out here because
 * importing that module would bring the code that compares sets to this screen.
 */
export const refOf = ({ meta }: IndicatorSet): SetRef => ({
  setId: meta.setId,
  version: meta.version,
})

export type DescribedSet =
  | { state: 'ready'; set: IndicatorSet; notice: SetNotice | null }
  | { state: 'loading' }
  | { state: 'failed'; ref: SetRef }

/**
 * The set the methodology page describes: `requested` (a built-in release, loaded with its details
 * when needed, or a set brought by the user) or, without one, the default set. A requested set this
 * app does not have falls back to the default set with a notice, never to an empty page.
 */
export const useDescribedSet = (requested: SetRef | null): DescribedSet => {
  const phase = useAssessments((s) => s.phase)
  // Re-renders when the store registers a set brought by the user, so a link to it resolves
  // once storage has been read.
  useAssessments((s) => s.customSets)
  const fallback = defaultIndicatorSet()
  const ref = requested ?? refOf(fallback)
  const ready = useReadySet(ref)
  switch (ready.state) {
    case 'ready':
      return { state: 'ready', set: ready.set, notice: null }
    case 'loading':
      return { state: 'loading' }
    case 'failed':
      return { state: 'failed', ref }
    case 'unknown':
      return { state: 'ready', set: fallback, notice: phase === 'loading' ? 'looking' : 'missing' }
    default:
      return assertNever(ready)
  }
}
