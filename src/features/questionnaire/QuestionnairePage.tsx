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
import { useProgressiveCount } from '../../components/ui/useProgressiveCount'
import { useQuestionnaire } from './useQuestionnaire'

/**
 * Cards rendered with the page: enough to fill a phone or laptop screen, so what is visible never
 * changes; the rest are appended below, a few per idle period. Mounting all 67 (each a form) in
 * one go was one task of 120–230 ms on a desktop CPU, which Lighthouse's mobile CPU turns into a
 * total blocking time of 450–950 ms. Three cards per step keep each step's task near 10 ms.
 */
const firstCards = 3
const cardsPerStep = 3
/**
 * Space reserved per card not yet rendered (about a card at desktop width; on phones they are
 * taller), so the footer and the scrollbar do not creep as the cards arrive.
 */
const reservedRemPerCard = 52

/**
 * How many cards must be mounted for the element with this id (`dimension-L2`, a whole section;
 * `indicator-SC-012`, one card) to exist, with a step more below it so it can scroll to the top;
 * null when the id names neither. Used by section links, "next unanswered" and URL fragments.
 */
const cardsToReach = (
  elementId: string,
  sections: readonly { dimension: { id: string }; indicators: readonly { id: string }[] }[],
): number | null => {
  let offset = 0
  for (const s of sections) {
    if (elementId === `dimension-${s.dimension.id}`)
      return offset + s.indicators.length + cardsPerStep
    const index = s.indicators.findIndex((i) => elementId === `indicator-${i.id}`)
    if (index >= 0) return offset + index + 1 + cardsPerStep
    offset += s.indicators.length
  }
  return null
}

/**
 * Publishes the sticky head's height as `--sticky-head` on the root element, where the page's
 * `scroll-padding-top` reads it, so a section link, an address's fragment and "next unanswered"
 * never land underneath it (its height changes with the screen width and the language). A ref
 * callback: it runs when the head appears, and its cleanup when the head goes.
 */
const publishStickyHeadHeight = (head: HTMLDivElement | null) => {
  if (head === null || typeof ResizeObserver === 'undefined') return undefined
  const root = document.documentElement
  const publish = () =>
    root.style.setProperty('--sticky-head', `${head.getBoundingClientRect().height}px`)
  // Now as well, not only when the observer first reports: a fragment's target is scrolled to
  // in an effect, which can run before that.
  publish()
  const observer = new ResizeObserver(publish)
  observer.observe(head)
  return () => {
    observer.disconnect()
    root.style.removeProperty('--sticky-head')
  }
}

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
  const total = sections.reduce((n, s) => n + s.indicators.length, 0)
  const { count, revealThrough, reveal } = useProgressiveCount(total, {
    initial: firstCards,
    step: cardsPerStep,
  })
  // A link or reload with a fragment: mount through its target, then scroll to it once it exists
  // (the browser's own scroll happened before the cards did).
  const fragmentTarget = useRef<string | null | undefined>(undefined)
  useEffect(() => {
    if (fragmentTarget.current !== undefined || sections.length === 0) return
    const fragment = decodeURIComponent(window.location.hash.slice(1))
    const needed = cardsToReach(fragment, sections)
    fragmentTarget.current = needed === null ? null : fragment
    if (needed !== null) reveal(needed)
  }, [sections, reveal])
  useEffect(() => {
    const fragment = fragmentTarget.current
    if (fragment === null || fragment === undefined) return
    const target = document.getElementById(fragment)
    if (target === null) return
    fragmentTarget.current = null
    target.scrollIntoView({ block: 'start' })
  }, [count])
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
  /** Where each section's cards start in questionnaire order. */
  const offsets = sections.map((_, i) =>
    sections.slice(0, i).reduce((n, s) => n + s.indicators.length, 0),
  )
  const jumpToNext = () => {
    const next = nextUnanswered(sections, currentOutcomes(), lastJump.current)
    lastJump.current = next ?? undefined
    if (next === null) return
    // The card may not be mounted yet.
    revealThrough(cardsToReach(`indicator-${next}`, sections) ?? total)
    focusIndicator(next)
  }

  return (
    <div className="questionnaire">
      <div className="page-head sticky" ref={publishStickyHeadHeight}>
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
              <a
                href={`#dimension-${s.dimension.id}`}
                // Mount the section (and everything above it) before the browser scrolls to it.
                onClick={() =>
                  revealThrough(cardsToReach(`dimension-${s.dimension.id}`, sections) ?? total)
                }
              >
                {localized(s.dimension.name)}{' '}
                {t('questionnaire.sectionProgress', { done: s.done, asked: s.asked })}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {sections.map((s, i) => {
        const offset = offsets[i] ?? 0
        // A section appears with its first card, so sections are only ever appended below.
        const shown = offset < count || (s.indicators.length === 0 && offset <= count)
        return (
          shown && (
            <DimensionSection
              key={s.dimension.id}
              assessmentId={id}
              dimension={s.dimension}
              indicators={s.indicators}
              // Clamped, so a section that is complete keeps its props and skips the next steps.
              mounted={Math.min(count - offset, s.indicators.length)}
              done={s.done}
              asked={s.asked}
              readOnly={readOnly}
            />
          )
        )
      })}
      {count < total && (
        <div
          className="questionnaire-pending"
          aria-hidden="true"
          style={{ height: `${(total - count) * reservedRemPerCard}rem` }}
        />
      )}
    </div>
  )
}
