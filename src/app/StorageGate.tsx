import type { ReactNode } from 'react'
import { useAssessments } from '../store/appStore'
import { StorageLoadFailed } from './StorageLoadFailed'

/**
 * Screens show "loading" until the stored assessments are read; when reading fails they would wait
 * forever, or show an empty list over data still on disk. This shows the failure instead.
 */
export const StorageGate = ({ children }: { children: ReactNode }) => {
  const failed = useAssessments((s) => s.phase === 'failed')
  const detail = useAssessments((s) => s.loadFailure)
  return failed ? <StorageLoadFailed detail={detail} /> : children
}
