// Explicit `.ts` extensions: the build plugin (scripts/build/) runs this file in Node.
import { capabilityIds, type CapabilityId, type Indicator } from './schema.ts'

/**
 * The capability an indicator mainly informs: the one with weight 1. When the data breaks the
 * one-primary rule (the integrity checker reports it) the heaviest weight wins, first in DG…SA order.
 */
export const primaryCapability = (
  indicator: Pick<Indicator, 'capabilities'>,
): CapabilityId | null => {
  let best: CapabilityId | null = null
  let bestWeight = 0
  for (const id of capabilityIds) {
    const weight = indicator.capabilities[id] ?? 0
    if (weight > bestWeight) {
      best = id
      bestWeight = weight
    }
  }
  return best
}
