import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import { AssessmentScreen } from '../../components/ui/AssessmentScreen'
import { useIndicatorSet } from '../../components/ui/indicatorSetContext'
import { usePageTitle } from '../../components/ui/usePageTitle'
import { useReadySet } from '../../components/ui/useReadySet'
import { newerRelease, type SetRef } from '../../content/defaultIndicatorSet'
import { assertNever } from '../../domain/assertNever'
import type { Assessment } from '../../domain/assessment/assessment'
import { setRef } from '../../domain/indicators/setDiff'
import type { IndicatorSet } from '../../domain/indicators/schema'
import { routes } from '../../routes/routes'
import { acquireWriterLock } from '../../storage/tabCoordination'
import { assessmentActions, assessments, useAssessments } from '../../store/appStore'
import { moveToVersion, undoMove } from '../../store/moveVersion'
import { MoveScreen, type MoveActions } from './MoveScreen'
import './move.css'

/** The app store's move and undo (a restore of the record from before the move). */
const appActions = (id: string, from: IndicatorSet, to: IndicatorSet): MoveActions => {
  const context = {
    store: assessments.store,
    importAssessments: assessmentActions.importAssessments,
    acquireWriterLock,
    flush: assessmentActions.flush,
    now: () => new Date().toISOString(),
  }
  return {
    move: () => moveToVersion(context, id, from, to),
    undo: (previous) => undoMove(context, previous),
  }
}

/** The newer version loaded with its details, then the screen; loading and failure said in words. */
const WithNewer = ({ assessment, to }: { assessment: Assessment; to: SetRef }) => {
  const { t } = useTranslation()
  const from = useIndicatorSet()
  const readOnly = useAssessments((s) => s.readOnly[assessment.id] === true)
  const ready = useReadySet(to)
  switch (ready.state) {
    case 'loading':
      return <p role="status">{t('common.loading')}</p>
    case 'ready':
      return (
        <MoveScreen
          assessment={assessment}
          from={from}
          to={ready.set}
          readOnly={readOnly}
          actions={appActions(assessment.id, from, ready.set)}
        />
      )
    case 'unknown':
    case 'failed':
      return (
        <section aria-labelledby="move-set-missing">
          <h1 id="move-set-missing">{t(`common.setMissing.${ready.state}Title`)}</h1>
          <p>{t(`common.setMissing.${ready.state}Body`, to)}</p>
        </section>
      )
    default:
      return assertNever(ready)
  }
}

/** The newest release of the set, when newer than the version the screen opened with. */
const MoveTarget = ({ assessment }: { assessment: Assessment }) => {
  const { t } = useTranslation()
  const from = useIndicatorSet()
  const to = newerRelease(setRef(from))
  if (to === null)
    return (
      <section aria-labelledby="move-title">
        <h1 id="move-title">{t('move.title')}</h1>
        <p>{t('move.newest', { version: from.meta.version })}</p>
        <p>
          <Link href={routes.results.href(assessment.id)}>{t('move.backToResults')}</Link>
        </p>
      </section>
    )
  return <WithNewer assessment={assessment} to={to} />
}

/**
 * Moving one assessment to the newest version of its indicator set: what changes, then the move
 * and its undo. The version the assessment records when the screen opens stays the one moved
 * from, so the confirmation and the undo stay on screen after the move has changed it.
 */
export const MovePage = ({ id }: { id: string }) => {
  const { t } = useTranslation()
  const assessment = useAssessments((s) => s.byId[id])
  const phase = useAssessments((s) => s.phase)
  const [pinned, setPinned] = useState<SetRef | null>(null)
  if (pinned === null && assessment !== undefined) setPinned(assessment.indicatorSet)
  usePageTitle(t('move.title'))
  return (
    <AssessmentScreen phase={phase} value={assessment} setOf={(a) => pinned ?? a.indicatorSet}>
      {(found) => <MoveTarget assessment={found} />}
    </AssessmentScreen>
  )
}
