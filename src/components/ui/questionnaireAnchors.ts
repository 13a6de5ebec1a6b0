/**
 * The element ids the questionnaire gives a section's heading and a card, which are also the
 * fragments of their addresses: one place, so links and their parsing cannot drift apart.
 */
export const sectionElementId = (dimensionId: string) => `dimension-${dimensionId}`
export const cardElementId = (indicatorId: string) => `indicator-${indicatorId}`
