import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CapabilityRadar } from '../../components/report/CapabilityRadar'
import { CapabilityTable } from '../../components/report/CapabilityTable'
import { DimensionTable } from '../../components/report/DimensionTable'
import { OverallSummary } from '../../components/report/OverallSummary'
import { PrioritiesList } from '../../components/report/PrioritiesList'
import { RadarKey } from '../../components/report/RadarKey'
import { StrengthsWeaknesses } from '../../components/report/StrengthsWeaknesses'
import { useReportModel } from '../../components/report/useReportModel'
import { useSetWording } from '../../components/report/setWording'
import type { Assessment } from '../../domain/assessment/assessment'
import { AnswersAppendix } from './AnswersAppendix'
import { MethodologyNote } from './MethodologyNote'
import { PrintCover } from './PrintCover'
import { PrintFooter } from './PrintFooter'
import { PrintToolbar } from './PrintToolbar'
import { usePreviousYear } from './usePreviousYear'
import { YearChange } from './YearChange'

/** How many improvement priorities the summary lists: the top ones, for leadership. */
const topPriorities = 5

/**
 * The A4 summary of one assessment, built from the same components as the results screen: cover,
 * overall and capability levels with the radar, the table of the set's dimensions, the change since last year,
 * strengths, weaknesses and priorities, a method note, and every answer in the appendix.
 */
export const PrintView = ({ assessment }: { assessment: Assessment }) => {
  const { t } = useTranslation()
  const model = useReportModel(assessment, { priorityLimit: topPriorities })
  const previous = usePreviousYear(assessment)
  const words = useSetWording([model.set], model.score.weighting.profileId)
  // Fixed when the view opens, so the cover and the last page show the same time.
  const [generatedAt] = useState(() => new Date().toISOString())
  const hasTarget = model.radar.some((row) => row.target !== null)
  return (
    <>
      <PrintToolbar assessmentId={assessment.id} />
      <article className="print-doc" aria-labelledby="print-title">
        <PrintCover assessment={assessment} model={model} generatedAt={generatedAt} />
        <OverallSummary model={model} />
        <section aria-labelledby="print-capabilities" className="print-section">
          <h2 id="print-capabilities">{t('results.capabilities.heading')}</h2>
          <figure className="print-figure">
            <CapabilityRadar
              rows={model.radar}
              rings={model.rings}
              targets={model.targets}
              legend={false}
            />
            <figcaption>
              <RadarKey currentName={t('results.radar.current')} target={hasTarget} />
            </figcaption>
          </figure>
          <CapabilityTable rows={model.radar} score={model.score} targets={model.targets} />
        </section>
        <section aria-labelledby="print-dimensions" className="print-section">
          <h2 id="print-dimensions">{words.dimensionsHeading}</h2>
          <p>{words.dimensionsIntro}</p>
          <DimensionTable score={model.score} set={model.set} />
        </section>
        <YearChange assessment={assessment} model={model} previous={previous} />
        <StrengthsWeaknesses items={model.strengthsAndWeaknesses} />
        <PrioritiesList priorities={model.priorities} />
        <MethodologyNote set={model.set} score={model.score} />
        <AnswersAppendix answers={assessment.answers} model={model} />
        <PrintFooter generatedAt={generatedAt} />
      </article>
    </>
  )
}
