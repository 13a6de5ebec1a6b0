import { useCallback } from 'react'
import { EvidenceFiles } from '../../components/answering/EvidenceFiles'
import type { AttachedFile } from '../../domain/assessment/answer'
import { withFiles } from '../../domain/files/attachedFiles'
import { assessmentActions, assessments } from '../../store/appStore'
import { browserFileOps, type FileOps } from './fileOps'

type Props = {
  assessmentId: string
  indicatorId: string
  /** The indicator's name, to label the list. */
  indicatorName: string
  readOnly: boolean
  ops?: FileOps
}

const storedAnswer = (assessmentId: string, indicatorId: string) =>
  assessments.store.getState().byId[assessmentId]?.answers[indicatorId]

/**
 * An answer's evidence files on its questionnaire card (`EvidenceFiles`), saved through the
 * assessment's answer. Like the card, it follows the store only in a read-only tab.
 */
export const CardFiles = ({
  assessmentId,
  indicatorId,
  indicatorName,
  readOnly,
  ops = browserFileOps,
}: Props) => {
  const read = useCallback(
    (): AttachedFile[] => storedAnswer(assessmentId, indicatorId)?.files ?? [],
    [assessmentId, indicatorId],
  )
  const write = useCallback(
    (files: AttachedFile[]) =>
      assessmentActions.setAnswer(
        assessmentId,
        indicatorId,
        withFiles(storedAnswer(assessmentId, indicatorId), files),
      ),
    [assessmentId, indicatorId],
  )
  const follow = useCallback(
    (listener: (files: AttachedFile[]) => void) =>
      assessments.store.subscribe((s, previous) => {
        const next = s.byId[assessmentId]?.answers[indicatorId]?.files
        if (next !== previous.byId[assessmentId]?.answers[indicatorId]?.files) listener(next ?? [])
      }),
    [assessmentId, indicatorId],
  )
  return (
    <EvidenceFiles
      read={read}
      write={write}
      follow={follow}
      indicatorName={indicatorName}
      readOnly={readOnly}
      ops={ops}
    />
  )
}
