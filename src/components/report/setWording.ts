import { useTranslation } from 'react-i18next'
import { isCustomSet, type SetRef } from '../../content/defaultIndicatorSet'
import type {
  Dimension,
  IndicatorSet,
  LocalizedText,
  MetaFile,
} from '../../domain/indicators/schema'
import { useLocalized } from '../../i18n/useLocalized'
import { useIndicatorSet } from '../ui/indicatorSetContext'

/**
 * How the reports word a set's dimensions and total. The built-in set is structured on the eight
 * first-level dimensions of GB/T 33356-2016 and weights them by that standard, and its reports say
 * so (`standard`). A set brought by the user has dimensions and weights of its own, so its reports
 * use words that are true of any set (`own`), naming the set where that helps.
 */
export type SetWording = 'standard' | 'own'

/**
 * `own` as soon as one of the sets is brought by the user (a comparison may mix them: words about
 * the standard would be false for that column); `standard` otherwise, also for no sets at all.
 */
export const setWording = (refs: readonly SetRef[]): SetWording =>
  refs.some(isCustomSet) ? 'own' : 'standard'

/** The text of each wording; the `standard` keys are the reports' original ones. */
export const wordingKeys = {
  standard: {
    total: 'results.overall.total',
    dimensionsHeading: 'results.dimensions.heading',
    dimensionsIntro: 'results.dimensions.intro',
    dimensionsCaption: 'results.dimensions.caption',
    chartSummary: 'results.dimensions.chartSummary',
    weightSource: {
      standard: 'methodology.weightSource.standard',
      'assumed-equal': 'methodology.weightSource.assumed-equal',
      defined: 'methodology.weightSource.defined',
    },
    headlineScore: 'print.cover.headlineScore',
    changeDimensionsCaption: 'print.change.dimensionsCaption',
    appendixIntro: 'print.appendix.intro',
    methodTotal: 'print.methodology.total',
    methodLevels: 'print.methodology.levels',
    methodMore: 'print.methodology.more',
    compareDimensions: 'compare.dimensions',
    defaultProfile: 'results.weighting.defaultStandard',
    apartNote: 'results.weighting.apartStandard',
  },
  own: {
    total: 'results.ownSet.total',
    dimensionsHeading: 'results.ownSet.dimensionsHeading',
    dimensionsIntro: 'results.ownSet.dimensionsIntro',
    dimensionsCaption: 'results.ownSet.dimensionsCaption',
    chartSummary: 'results.ownSet.chartSummary',
    weightSource: {
      standard: 'results.ownSet.weightSource.standard',
      'assumed-equal': 'results.ownSet.weightSource.assumed-equal',
      defined: 'results.ownSet.weightSource.defined',
    },
    headlineScore: 'print.ownSet.headlineScore',
    changeDimensionsCaption: 'print.ownSet.dimensionsCaption',
    appendixIntro: 'print.ownSet.appendixIntro',
    methodTotal: 'print.ownSet.methodTotal',
    methodLevels: 'print.ownSet.methodLevels',
    methodMore: 'print.ownSet.methodMore',
    compareDimensions: 'compare.ownSet.dimensions',
    defaultProfile: 'results.weighting.defaultOwn',
    apartNote: 'results.weighting.apartOwn',
  },
} as const

/**
 * The report's words about the dimensions and total of `sets` (default: the set of the assessment
 * on screen) in the current language: the only place that decides between the built-in set's
 * wording and the neutral one. Texts that name a set name the first of `sets`. With `profileId`,
 * a weight profile of the first set (not its own weights), the texts about the total name that
 * profile instead: under it the total is weighted neither by GB/T 33356 nor by the set.
 * `defaultProfile` names the set's own weights as a choice beside its profiles; `apartNote` says
 * what a dimension reported apart is (for the built-in set, the deduction item of the national
 * round its one profile follows).
 */
export const useSetWording = (sets?: readonly IndicatorSet[], profileId?: string) => {
  const { t } = useTranslation()
  const localized = useLocalized()
  const onScreen = useIndicatorSet()
  const metas = (sets ?? [onScreen]).map((s) => s.meta)
  const keys = wordingKeys[setWording(metas)]
  const [first] = metas
  const profile = first?.weightProfiles?.find((p) => p.id === profileId)
  const named =
    profile === undefined
      ? null
      : {
          profile: localized(profile.name),
          source: sourceTitle(first, profile.source, localized),
          verification: t(`methodology.verification.${profile.verification}`),
          name: first === undefined ? '' : localized(first.name),
        }
  return {
    total: named === null ? t(keys.total) : t('results.weighting.total', named),
    dimensionsHeading: t(keys.dimensionsHeading),
    dimensionsIntro:
      named === null
        ? t(keys.dimensionsIntro, {
            name: first === undefined ? '' : localized(first.name),
            n: first?.dimensions.length ?? 0,
          })
        : t('results.weighting.dimensionsIntro', named),
    dimensionsCaption:
      named === null ? t(keys.dimensionsCaption) : t('results.weighting.dimensionsCaption', named),
    chartSummary: (items: string) => t(keys.chartSummary, { items }),
    weightSource: (source: Dimension['weightSource']) => t(keys.weightSource[source]),
    headlineScore: (score: string) =>
      named === null
        ? t(keys.headlineScore, { score })
        : t('print.weighting.headlineScore', { ...named, score }),
    changeDimensionsCaption: (years: { previousYear: number; year: number }) =>
      t(keys.changeDimensionsCaption, years),
    appendixIntro: t(keys.appendixIntro),
    methodTotal: named === null ? t(keys.methodTotal) : t('print.weighting.methodTotal', named),
    methodLevels: (values: { levels: string; threshold: string }) => t(keys.methodLevels, values),
    methodMore: t(keys.methodMore),
    compareDimensions: t(keys.compareDimensions),
    defaultProfile: t(keys.defaultProfile),
    apartNote: (dimension: string) => t(keys.apartNote, { dimension }),
  }
}

/** A source of `meta` by its title in the current language; its id when the set does not list it. */
const sourceTitle = (
  meta: MetaFile | undefined,
  id: string,
  localized: (text: LocalizedText) => string,
): string => {
  const source = meta?.sources.find((s) => s.id === id)
  return source === undefined ? id : localized(source.title)
}

export type SetWords = ReturnType<typeof useSetWording>
