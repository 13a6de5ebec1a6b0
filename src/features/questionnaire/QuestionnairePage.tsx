import { useEffect, useRef, useState } from 'react'
import { flushSync } from 'react-dom'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import { AssessmentScreen } from '../../components/ui/AssessmentScreen'
import { NewerVersionNotice } from '../../components/ui/NewerVersionNotice'
import { usePageTitle } from '../../components/ui/usePageTitle'
import { nextUnanswered } from '../../domain/assessment/progress'
import { useFormat } from '../../i18n/format'
import { useLocalized } from '../../i18n/useLocalized'
import { routes } from '../../routes/routes'
import { assessmentActions, useAssessments } from '../../store/appStore'
import { CurrentSection } from './CurrentSection'
import { DepartmentsLink } from './DepartmentsLink'
import { SaveStatus } from './SaveStatus'
import { SectionPager } from './SectionPager'
import { cardElementId, sectionElementId } from '../../components/ui/questionnaireAnchors'
import { fragmentOf, isSectionFragment, sectionPlace } from './sectionPlace'
import { useQuestionnaire, useQuestionnaireHeader } from './useQuestionnaire'

/**
 * Keeps the sticky head small and tells the page how much of it stays on screen.
 *
 * Where the title and the actions sit side by side, the whole head stays on screen. Where the
 * actions wrap below the title (on a phone; on a desktop too when the set's name is long), only
 * the actions (progress, save state, "View results", "Next unanswered") stay: the title scrolls
 * away, as the head's `top` is minus the title's height (`--sticky-head-tuck`, on the head). The
 * whole head took 318–371 px of a 320 × 720 phone window (Chinese, English), so no card fitted
 * below it and "Next unanswered" hid a card's heading to show its first field; the actions take
 * 131–184 px (and 59 px of 171 at 1280 × 800).
 *
 * The part that stays is published as `--sticky-head` on the root element, where the page's
 * `scroll-padding-top` reads it, so a section link, an address's fragment and "next unanswered"
 * never land underneath it (its height changes with the screen width and the language). A ref
 * callback: it runs when the head appears, and its cleanup when the head goes.
 */
const publishStickyHeadHeight = (head: HTMLDivElement | null) => {
  if (head === null || typeof ResizeObserver === 'undefined') return undefined
  const root = document.documentElement
  const actions = head.querySelector<HTMLElement>('.head-actions')
  const publish = () => {
    const style = getComputedStyle(head)
    // In a short window (a phone on its side, 400 % zoom) the head does not stick (CSS): nothing
    // of it stays on screen, so anchors land at the top.
    if (style.position !== 'sticky') {
      root.style.setProperty('--sticky-head', '0px')
      return
    }
    // The actions' distance from the head's top, less the head's own padding: 0 side by side.
    const tuck = actions === null ? 0 : actions.offsetTop - parseFloat(style.paddingTop)
    head.style.setProperty('--sticky-head-tuck', `${tuck}px`)
    root.style.setProperty('--sticky-head', `${head.getBoundingClientRect().height - tuck}px`)
  }
  // Now as well, not only when the observer first reports: a fragment's target is scrolled to
  // in an effect, which can run before that. And when the window's height changes, which can
  // make the head stick or stop sticking without changing its size.
  publish()
  const observer = new ResizeObserver(publish)
  observer.observe(head)
  window.addEventListener('resize', publish)
  return () => {
    observer.disconnect()
    window.removeEventListener('resize', publish)
    root.style.removeProperty('--sticky-head')
  }
}

/**
 * Scrolls an indicator card to just below the sticky head (so a card that fits in the window
 * below the head is shown whole; a taller one from its heading on) and focuses its first field.
 * The focus does not scroll: the browser would centre a field lower in a tall card, hiding the
 * card's heading under the head. Only where the window is too short to show the field too is it
 * then scrolled into sight (a focused field must never be out of sight).
 */
const focusIndicator = (id: string) => {
  const card = document.getElementById(cardElementId(id))
  card?.scrollIntoView({ block: 'start' })
  const field = card?.querySelector<HTMLElement>('input:not([disabled]), select, textarea')
  field?.focus({ preventScroll: true })
  field?.scrollIntoView({ block: 'nearest' })
}

/**
 * The questionnaire shows one section (GB/T 33356 dimension) at a time. With every card of a
 * 150-indicator set mounted, Chromium's per-frame layout, hit testing and paint grew with the page:
 * the slowest keystroke took 72 ms (median of 5 runs of npm run bench:ui, 4× CPU); with one
 * section mounted (39 cards, the largest), 40 ms. The address's fragment says which section, so
 * links, reloads and Back work: `#dimension-L2` is a section, `#indicator-SC-012` a card in one;
 * an address with neither opens the first section.
 */
const QuestionnaireView = ({ id }: { id: string }) => {
  const { t } = useTranslation()
  const localized = useLocalized()
  const format = useFormat()
  const phase = useAssessments((s) => s.phase)
  const { set, header, sections, done, asked, currentOutcomes } = useQuestionnaire(id)
  const readOnly = useAssessments((s) => s.readOnly[id] === true)
  const lastJump = useRef<string | undefined>(undefined)
  const [fragment, setFragment] = useState(() => fragmentOf(window.location.hash))
  const place = sectionPlace(fragment, sections) ?? { section: 0, cards: 0 }
  const current = sections[place.section]

  // A section link, Back or Forward: show that section, then take the reader there (the browser
  // scrolled before the section existed). Focus moves to a section's heading, so a keyboard or
  // screen-reader user continues in the section just opened.
  useEffect(() => {
    const onHashChange = () => {
      const next = fragmentOf(window.location.hash)
      // Back to the address without a fragment is the first section; other fragments (the skip
      // link's #main) leave the section as it is.
      if (next !== '' && !isSectionFragment(next)) return
      flushSync(() => setFragment(next))
      const target = document.getElementById(next)
      target?.scrollIntoView({ block: 'start' })
      if (target?.tagName === 'H2') target.focus({ preventScroll: true })
    }
    window.addEventListener('hashchange', onHashChange)
    return () => window.removeEventListener('hashchange', onHashChange)
  }, [])
  // An address with a fragment, on load: the browser looked for it before the cards existed.
  const landed = useRef(false)
  useEffect(() => {
    if (landed.current || sections.length === 0) return
    landed.current = true
    if (sectionPlace(fragment, sections) !== null)
      document.getElementById(fragment)?.scrollIntoView({ block: 'start' })
  }, [fragment, sections])
  useEffect(
    () => (phase === 'ready' ? assessmentActions.openForEditing(id) : undefined),
    [id, phase],
  )
  const title = header === null ? null : `${header.city} ${header.year}`

  const jumpToNext = () => {
    const next = nextUnanswered(sections, currentOutcomes(), lastJump.current)
    lastJump.current = next ?? undefined
    if (next === null) return
    const target = cardElementId(next)
    // Into another section is a step Back can undo; within the section it only updates the address.
    if (sectionPlace(target, sections)?.section === place.section)
      window.history.replaceState(window.history.state, '', `#${target}`)
    else window.history.pushState(window.history.state, '', `#${target}`)
    // Rendered now (the section, through the card), so the card can take focus in this click.
    flushSync(() => setFragment(target))
    focusIndicator(next)
  }

  // The page draws this view only while the assessment exists.
  if (header === null) return null
  const found = header
  return (
    <div className="questionnaire">
      <div className="page-head sticky" ref={publishStickyHeadHeight}>
        <div>
          <h1>{title}</h1>
          <p className="muted">
            {found.province !== undefined && `${found.province} · `}
            {t(`cityLevel.${found.cityLevel}`)} ·{' '}
            {t('assessment.setVersion', {
              name: localized(set.meta.name),
              version: found.version,
            })}
          </p>
        </div>
        <div className="head-actions">
          <p>
            {t('questionnaire.progress', { done, asked })} (
            {format.percent(asked === 0 ? 0 : done / asked)})
          </p>
          <SaveStatus id={id} />
          <Link href={routes.results.href(id)} className="button secondary">
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
      <NewerVersionNotice
        id={id}
        setRef={{ setId: set.meta.setId, version: found.version }}
        readOnly={readOnly}
      />
      {/* Outside the sticky head, which must stay small on a phone. */}
      <DepartmentsLink id={id} />
      <nav aria-label={t('questionnaire.sectionsNav')} className="section-nav">
        <ul>
          {sections.map((s, i) => (
            <li key={s.dimension.id}>
              <a
                href={`#${sectionElementId(s.dimension.id)}`}
                aria-current={i === place.section ? 'page' : undefined}
              >
                {localized(s.dimension.name)}{' '}
                {t('questionnaire.sectionProgress', { done: s.done, asked: s.asked })}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {current !== undefined && (
        <CurrentSection
          key={current.dimension.id}
          assessmentId={id}
          dimension={current.dimension}
          indicators={current.indicators}
          cityLevel={found.cityLevel}
          done={current.done}
          asked={current.asked}
          readOnly={readOnly}
          atLeast={place.cards}
        />
      )}
      <SectionPager
        previous={sections[place.section - 1]?.dimension}
        next={sections[place.section + 1]?.dimension}
      />
    </div>
  )
}

/**
 * The questionnaire of one assessment: a loading state first, a translated "not found" for an
 * unknown id, then the view, drawn with the indicator set version the assessment was made with.
 */
export const QuestionnairePage = ({ id }: { id: string }) => {
  const { t } = useTranslation()
  const phase = useAssessments((s) => s.phase)
  const named = useQuestionnaireHeader(id)
  usePageTitle(named === null ? t('questionnaire.title') : `${named.city} ${named.year}`)
  return (
    <AssessmentScreen phase={phase} value={named} setOf={(a) => a}>
      {() => <QuestionnaireView id={id} />}
    </AssessmentScreen>
  )
}
