import { useMemo, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import { usePageTitle } from '../../components/ui/usePageTitle'
import { defaultIndicatorSet } from '../../content/defaultIndicatorSet'
import { nextUnanswered, sectionProgress } from '../../domain/assessment/progress'
import { scoreAssessment } from '../../domain/scoring/scoreAssessment'
import { useFormat } from '../../i18n/format'
import { useLocalized } from '../../i18n/useLocalized'
import { useAssessments } from '../../store/appStore'
import { DimensionSection } from './DimensionSection'
import { SaveStatus } from './SaveStatus'

/** Focuses the first input of an indicator card, scrolling it into view. */
const focusIndicator = (id: string) => {
  const card = document.getElementById(`indicator-${id}`)
  card?.scrollIntoView({ block: 'start' })
  card?.querySelector<HTMLElement>('input:not([disabled]), select, textarea')?.focus()
}

export const QuestionnairePage = ({ id }: { id: string }) => {
  const { t } = useTranslation()
  const localized = useLocalized()
  const format = useFormat()
  const phase = useAssessments((s) => s.phase)
  const assessment = useAssessments((s) => s.byId[id])
  const set = defaultIndicatorSet()
  const lastJump = useRef<string | undefined>(undefined)
  const title = assessment === undefined ? null : `${assessment.city} ${assessment.year}`
  usePageTitle(title ?? t('questionnaire.title'))

  const score = useMemo(
    () =>
      assessment === undefined
        ? null
        : scoreAssessment(set, assessment.answers, assessment.cityLevel),
    [set, assessment],
  )
  const sections = useMemo(
    () =>
      score === null ? [] : sectionProgress(set.meta.dimensions, set.indicators, score.outcomes),
    [set, score],
  )

  if (phase === 'loading') return <p role="status">{t('common.loading')}</p>
  if (assessment === undefined || score === null) {
    return (
      <section aria-labelledby="missing-title">
        <h1 id="missing-title">{t('questionnaire.notFound')}</h1>
        <Link href="/">{t('notFound.back')}</Link>
      </section>
    )
  }
  const { done, asked } = score.completeness
  const jumpToNext = () => {
    const next = nextUnanswered(sections, score.outcomes, lastJump.current)
    lastJump.current = next ?? undefined
    if (next !== null) focusIndicator(next)
  }

  return (
    <div className="questionnaire">
      <div className="page-head sticky">
        <div>
          <h1>{title}</h1>
          <p className="muted">
            {assessment.province !== undefined && `${assessment.province} · `}
            {t(`cityLevel.${assessment.cityLevel}`)} ·{' '}
            {t('assessment.setVersion', {
              name: localized(set.meta.name),
              version: assessment.indicatorSet.version,
            })}
          </p>
        </div>
        <div className="head-actions">
          <p>
            {t('questionnaire.progress', { done, asked })} (
            {format.percent(asked === 0 ? 0 : done / asked)})
          </p>
          <SaveStatus id={id} />
          <Link
            href={`/assessments/${encodeURIComponent(id)}/results`}
            className="button secondary"
          >
            {t('questionnaire.viewResults')}
          </Link>
          <button type="button" className="button" onClick={jumpToNext} disabled={done === asked}>
            {t('questionnaire.nextUnanswered')}
          </button>
        </div>
      </div>
      <nav aria-label={t('questionnaire.sectionsNav')} className="section-nav">
        <ul>
          {sections.map((s) => (
            <li key={s.dimension.id}>
              <a href={`#dimension-${s.dimension.id}`}>
                {localized(s.dimension.name)}{' '}
                {t('questionnaire.sectionProgress', { done: s.done, asked: s.asked })}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {sections.map((s) => (
        <DimensionSection
          key={s.dimension.id}
          assessmentId={id}
          dimension={s.dimension}
          indicators={s.indicators}
          progress={s}
          readOnly={false}
        />
      ))}
    </div>
  )
}
