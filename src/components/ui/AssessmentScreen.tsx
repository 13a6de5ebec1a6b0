import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import type { SetRef } from '../../content/defaultIndicatorSet'
import { assertNever } from '../../domain/assertNever'
import { routes } from '../../routes/routes'
import { IndicatorSetContext } from './indicatorSetContext'
import { useReadySet } from './useReadySet'

/**
 * How far the stored assessments have loaded: the store's `phase`. Spelled out here because this
 * layer may not import the store; the store's own type must stay assignable to it, so a phase added
 * there fails to compile at every screen until the switch below shows it.
 */
export type LoadPhase = 'loading' | 'ready' | 'failed'

type Props<T> = {
  phase: LoadPhase
  /** What the screen shows of the assessment of its address; null or undefined when there is none. */
  value: T | null | undefined
  /** The indicator set and version the assessment was made with. */
  setOf: (value: T) => SetRef
  /** The screen itself, once the assessment and its indicator set are there. */
  children: (value: T) => ReactNode
}

const NotFound = () => {
  const { t } = useTranslation()
  return (
    <section aria-labelledby="assessment-not-found">
      <h1 id="assessment-not-found">{t('common.assessmentNotFound.title')}</h1>
      <p>{t('common.assessmentNotFound.body')}</p>
      <BackHome />
    </section>
  )
}

const BackHome = () => {
  const { t } = useTranslation()
  return (
    <p>
      <Link href={routes.home.href()}>{t('common.assessmentNotFound.back')}</Link>
    </p>
  )
}

/** Loads the assessment's own set version, then draws the screen with it (IndicatorSetContext). */
const WithItsSet = ({ setRef, children }: { setRef: SetRef; children: () => ReactNode }) => {
  const { t } = useTranslation()
  const ready = useReadySet(setRef)
  switch (ready.state) {
    case 'loading':
      return <p role="status">{t('common.loading')}</p>
    case 'ready':
      return <IndicatorSetContext value={ready.set}>{children()}</IndicatorSetContext>
    case 'unknown':
    case 'failed':
      return (
        <section aria-labelledby="assessment-set-missing">
          <h1 id="assessment-set-missing">{t(`common.setMissing.${ready.state}Title`)}</h1>
          <p>
            {t(`common.setMissing.${ready.state}Body`, {
              setId: setRef.setId,
              version: setRef.version,
            })}
          </p>
          <BackHome />
        </section>
      )
    default:
      return assertNever(ready)
  }
}

/**
 * The frame of every screen about one assessment (questionnaire, results, print): a loading
 * notice while the browser's storage is read, a translated "not found" with a way home for an
 * unknown id (a deleted assessment, a link from another browser), then the screen, drawn with
 * exactly the indicator set version the assessment records (loaded first if needed; a version
 * this app does not have gets a translated explanation instead).
 */
export const AssessmentScreen = <T,>({ phase, value, setOf, children }: Props<T>): ReactNode => {
  const { t } = useTranslation()
  switch (phase) {
    case 'loading':
      return <p role="status">{t('common.loading')}</p>
    case 'ready':
      return value === null || value === undefined ? (
        <NotFound />
      ) : (
        <WithItsSet setRef={setOf(value)}>{() => children(value)}</WithItsSet>
      )
    case 'failed':
      // The app's storage gate shows the translated failure screen in place of every route.
      return null
    default:
      return assertNever(phase)
  }
}
