import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import { usePageTitle } from '../../components/ui/usePageTitle'
import { nextUnanswered } from '../../domain/assessment/progress'
import { useFormat } from '../../i18n/format'
import { useLocalized } from '../../i18n/useLocalized'
import { assessmentActions, useAssessments } from '../../store/appStore'
import { DimensionSection } from './DimensionSection'
import { SaveStatus } from './SaveStatus'
import { useQuestionnaire } from './useQuestionnaire'

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
  const { set, header, sections, done, asked, currentOutcomes } = useQuestionnaire(id)
  const readOnly = useAssessments((s) => s.readOnly[id] === true)
  const lastJump = useRef<string | undefined>(undefined)
  useEffect(
    () => (phase === 'ready' ? assessmentActions.openForEditing(id) : undefined),
    [id, phase],
  )
  const title = header === null ? null : `${header.city} ${header.year}`
  usePageTitle(title ?? t('questionnaire.title'))

  if (phase === 'loading') return <p role="status">{t('common.loading')}</p>
  if (header === null) {
    return (
      <section aria-labelledby="missing-title">
        <h1 id="missing-title">{t('questionnaire.notFound')}</h1>
        <Link href="/">{t('notFound.back')}</Link>
      </section>
    )
  }
  const jumpToNext = () => {
    const next = nextUnanswered(sections, currentOutcomes(), lastJump.current)
    lastJump.current = next ?? undefined
    if (next !== null) focusIndicator(next)
  }

  return (
    <div className="questionnaire">
      <div className="page-head sticky">
        <div>
          <h1>{title}</h1>
          <p className="muted">
            {header.province !== undefined && `${header.province} · `}
            {t(`cityLevel.${header.cityLevel}`)} ·{' '}
            {t('assessment.setVersion', {
              name: localized(set.meta.name),
              version: header.version,
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
      {readOnly && (
        <p className="banner warning" role="status">
          {t('questionnaire.readOnlyOtherTab')}
        </p>
      )}
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
          done={s.done}
          asked={s.asked}
          readOnly={readOnly}
        />
      ))}
    </div>
  )
}
