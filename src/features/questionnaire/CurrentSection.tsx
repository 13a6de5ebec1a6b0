import { startTransition, useCallback, useState } from 'react'
import type { CityLevel, Dimension, Indicator } from '../../domain/indicators/schema'
import { useProgressiveCount } from '../../components/ui/useProgressiveCount'
import { DimensionSection } from './DimensionSection'

/**
 * Cards rendered with the section: enough to fill a phone or laptop screen, so what is visible
 * never changes; the rest are appended below, a few per idle period. Mounting all 67 cards (each
 * a form) in one task took 120–230 ms on a desktop CPU, so the 13 of the largest section would
 * still be a long task under Lighthouse's 4× slower mobile CPU; three per step stay near 10 ms.
 */
const firstCards = 3
const cardsPerStep = 3
/**
 * Space reserved per card not yet rendered (about a card at desktop width; on phones they are
 * taller), so the footer and the scrollbar do not creep as the cards arrive.
 */
const reservedRemPerCard = 52

type Props = {
  assessmentId: string
  dimension: Dimension
  indicators: readonly Indicator[]
  cityLevel: CityLevel
  done: number
  asked: number
  readOnly: boolean
  /** Cards to mount in the first render: through the card an address or "next unanswered" names. */
  atLeast: number
}

/**
 * The section being answered, its cards mounted progressively. Keyed by its dimension by the page,
 * so another section starts again from its first cards.
 */
export const CurrentSection = ({ atLeast, ...section }: Props) => {
  const total = section.indicators.length
  // Once focus is inside the section, every card is mounted: Tab must not jump from the last card
  // mounted so far to the links below, past cards still to come. A transition, so the mounting
  // does not hold up the key or click that moved focus.
  const [focused, setFocused] = useState(false)
  const onFocus = useCallback(() => startTransition(() => setFocused(true)), [])
  const count = useProgressiveCount(total, {
    initial: firstCards,
    step: cardsPerStep,
    atLeast: focused ? total : atLeast,
  })
  return (
    <>
      <DimensionSection {...section} mounted={count} onFocus={focused ? undefined : onFocus} />
      {count < total && (
        <div
          className="questionnaire-pending"
          aria-hidden="true"
          style={{ height: `${(total - count) * reservedRemPerCard}rem` }}
        />
      )}
    </>
  )
}
