import { useTranslation } from 'react-i18next'
import { AssessmentScreen } from '../../components/ui/AssessmentScreen'
import { usePageTitle } from '../../components/ui/usePageTitle'
import { findIndicatorSet } from '../../content/defaultIndicatorSet'
import { addMergeText } from '../../i18n/mergeText'
import { acquireWriterLock } from '../../storage/tabCoordination'
import { assessmentActions, assessments, useAssessments } from '../../store/appStore'
import { mergeAssessment, mergeReturn, undoMerge } from '../../store/mergeReturn'
import { clearMerge, pendingMergeFor } from '../../store/pendingMerge'
import { MergeScreen, type MergeActions } from './MergeScreen'
import { storeAcceptedFiles } from './zipReturnFiles'
import './merge.css'

addMergeText()

/** The app store's merges and undo (a restore of the record from before the merge). */
const appActions = (id: string): MergeActions => {
  const context = {
    store: assessments.store,
    importAssessments: assessmentActions.importAssessments,
    acquireWriterLock,
    flush: assessmentActions.flush,
    now: () => new Date().toISOString(),
    findSet: findIndicatorSet,
  }
  return {
    mergeReturn: (file, plan, accepted) => mergeReturn(context, id, file, plan, accepted),
    mergeAssessment: (incoming, entries, accepted) =>
      mergeAssessment(context, id, incoming, entries, accepted),
    storeFiles: storeAcceptedFiles,
    undo: (previous) => undoMerge(context, previous),
    settled: clearMerge,
  }
}

/**
 * Merging answers into one assessment, answer by answer: from a department's return file, or from
 * an imported assessment of the same city and year that the import handed over.
 */
export const MergePage = ({ id }: { id: string }) => {
  const { t } = useTranslation()
  const assessment = useAssessments((s) => s.byId[id])
  const phase = useAssessments((s) => s.phase)
  usePageTitle(t('merge.title'))
  return (
    <AssessmentScreen phase={phase} value={assessment} setOf={(a) => a.indicatorSet}>
      {(found) => (
        <MergeScreen
          assessment={found}
          incoming={pendingMergeFor(found.id)}
          findSet={findIndicatorSet}
          actions={appActions(found.id)}
        />
      )}
    </AssessmentScreen>
  )
}
