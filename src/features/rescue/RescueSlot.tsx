import { useEffect, useState } from 'react'
import { useAssessments } from '../../store/appStore'
import type * as Rescue from './parts'

type Parts = typeof Rescue.parts

/**
 * A place for one part of the rescue feature (records that could not be read, automatic backups).
 * Its code and text are fetched only once there is something to rescue, so the first visit never
 * downloads them. A failed fetch (no connection) is logged and shows nothing: the records stay
 * safe, and the storage banner still says how many could not be read.
 */
export const RescueSlot = ({ part }: { part: keyof Parts }) => {
  const needed = useAssessments((s) => s.damaged.length > 0 || s.backupCount > 0)
  const [parts, setParts] = useState<Parts | null>(null)
  useEffect(() => {
    if (!needed || parts !== null) return
    let live = true
    import('./parts').then(
      (loaded) => live && setParts(loaded.parts),
      (error: unknown) => console.error(error),
    )
    return () => {
      live = false
    }
  }, [needed, parts])
  const Part = parts?.[part]
  return Part === undefined ? null : <Part />
}
