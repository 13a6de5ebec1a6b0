import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import { assertNever } from '../../domain/assertNever'
import { routes } from '../../routes/routes'

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
  /** The screen itself, once the assessment is there. */
  children: (value: T) => ReactNode
}

const NotFound = () => {
  const { t } = useTranslation()
  return (
    <section aria-labelledby="assessment-not-found">
      <h1 id="assessment-not-found">{t('common.assessmentNotFound.title')}</h1>
      <p>{t('common.assessmentNotFound.body')}</p>
      <p>
        <Link href={routes.home.href()}>{t('common.assessmentNotFound.back')}</Link>
      </p>
    </section>
  )
}

/**
 * The frame of every screen about one assessment (questionnaire, results, print): a loading
 * notice while the browser's storage is read, a translated "not found" with a way home for an
 * unknown id (a deleted assessment, a link from another browser), then the screen.
 */
export const AssessmentScreen = <T,>({ phase, value, children }: Props<T>): ReactNode => {
  const { t } = useTranslation()
  switch (phase) {
    case 'loading':
      return <p role="status">{t('common.loading')}</p>
    case 'ready':
      return value === null || value === undefined ? <NotFound /> : children(value)
    case 'failed':
      // The app's storage gate shows the translated failure screen in place of every route.
      return null
    default:
      return assertNever(phase)
  }
}
