import { cardElementId, sectionElementId } from '../../components/ui/questionnaireAnchors'

/** Where the questionnaire shows an address fragment: a section, and how many of its cards it needs. */
export type SectionPlace = {
  /** Index of the section in questionnaire order. */
  section: number
  /** How many of the section's cards must be mounted for the fragment's element to exist. */
  cards: number
}

type Section = { dimension: { id: string }; indicators: readonly { id: string }[] }

/**
 * The section an address fragment points into: `dimension-L2` is that section's heading (no card
 * needed), `indicator-SC-012` is one card (mounted through it). null when the fragment names
 * neither, e.g. an indicator this city is not asked.
 */
export const sectionPlace = (
  fragment: string,
  sections: readonly Section[],
): SectionPlace | null => {
  for (const [section, s] of sections.entries()) {
    if (fragment === sectionElementId(s.dimension.id)) return { section, cards: 0 }
    const index = s.indicators.findIndex((i) => fragment === cardElementId(i.id))
    if (index >= 0) return { section, cards: index + 1 }
  }
  return null
}

/** Whether a fragment is one of the questionnaire's own (a section or a card), known or not. */
export const isSectionFragment = (fragment: string): boolean =>
  [sectionElementId(''), cardElementId('')].some(
    (prefix) => fragment.length > prefix.length && fragment.startsWith(prefix),
  )

/** The address's fragment without `#`, decoded; empty when there is none or it is malformed. */
export const fragmentOf = (hash: string): string => {
  try {
    return decodeURIComponent(hash.replace(/^#/, ''))
  } catch {
    return ''
  }
}
