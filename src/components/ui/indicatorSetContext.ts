import { createContext, useContext } from 'react'
import { indicatorSetCore } from '../../content/defaultIndicatorSet'
import type { IndicatorSet } from '../../domain/indicators/schema'

/**
 * The indicator set (exact version) of the assessment a screen shows, provided by
 * `AssessmentScreen` once that version is loaded. Everything drawn inside — names, levels,
 * scores — reads it, so an assessment made with an older version is shown with that version.
 */
export const IndicatorSetContext = createContext<IndicatorSet | null>(null)

/**
 * The set of the assessment on screen, with its details; outside an assessment's screen (home, the
 * import summary), the default set's core, whose detail texts may be empty.
 */
export const useIndicatorSet = (): IndicatorSet =>
  useContext(IndicatorSetContext) ?? indicatorSetCore()
