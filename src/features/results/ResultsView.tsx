import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Assessment } from '../../domain/assessment/assessment'
import { CapabilityCalculations } from './CapabilityCalculations'
import { LazyCapabilityRadar } from './LazyCharts'
import { CapabilityTable } from '../../components/report/CapabilityTable'
import { DimensionCalculations } from './DimensionCalculations'
import { DimensionSection } from './DimensionSection'
import { OverallSummary } from '../../components/report/OverallSummary'
import { PrioritiesList } from '../../components/report/PrioritiesList'
import { ResultsHeader } from './ResultsHeader'
import { StrengthsWeaknesses } from '../../components/report/StrengthsWeaknesses'
import { TargetsEditor } from './TargetsEditor'
import { UnansweredList } from './UnansweredList'
import { WeightProfileSelect } from './WeightProfileSelect'
import { useReportModel } from '../../components/report/useReportModel'
import { useWeighting } from '../../components/report/useWeighting'
import { useProgressiveCount } from '../../components/ui/useProgressiveCount'

/**
 * Shows `sections` progressively, one more per idle period. Its own component, so that each step
 * re-renders only itself: the elements come from the parent unchanged, so React skips the sections
 * already shown, and the header, radar and table above are not rendered again either.
 */
const LaterSections = ({ sections }: { sections: readonly ReactNode[] }) => {
  const count = useProgressiveCount(sections.length, { initial: 0, step: 1 })
  return sections.slice(0, count)
}

/**
 * Composes the results sections; every number comes from `useReportModel` (the pure domain). The
 * first screenful (header, summary, radar and table) renders at once; the sections below follow
 * one per idle period, so opening the page is not one long task (charts and tables are costly to
 * mount on a slow phone). They append below what is shown, so nothing moves.
 */
export const ResultsView = ({ assessment }: { assessment: Assessment }) => {
  const { t } = useTranslation()
  const model = useReportModel(assessment)
  const weighting = useWeighting(model.set, model.score.weighting)
  const later = [
    <TargetsEditor
      key="targets"
      assessmentId={assessment.id}
      targets={model.targets}
      gaps={model.gaps}
    />,
    <CapabilityCalculations key="capability-calc" score={model.score} set={model.set} />,
    <DimensionSection key="dimensions" score={model.score} set={model.set} rings={model.rings} />,
    <DimensionCalculations key="dimension-calc" score={model.score} set={model.set} />,
    <StrengthsWeaknesses key="strengths" items={model.strengthsAndWeaknesses} />,
    <PrioritiesList key="priorities" priorities={model.priorities} />,
    <UnansweredList key="unanswered" assessmentId={assessment.id} items={model.unanswered} />,
  ]
  return (
    <article className="results" aria-labelledby="results-title">
      <ResultsHeader assessment={assessment} completeness={model.score.completeness} />
      {/* On a wide screen the radar stands on the left, the overall result and the table beside it
          (results.css); the reading order stays overall result, then the capabilities. */}
      <div className="results-top">
        <div className="results-overall">
          <OverallSummary model={model} />
          <WeightProfileSelect assessmentId={assessment.id} weighting={weighting} />
        </div>
        <section aria-labelledby="results-capabilities" className="results-capabilities">
          <div className="results-radar">
            <h2 id="results-capabilities">{t('results.capabilities.heading')}</h2>
            <LazyCapabilityRadar rows={model.radar} rings={model.rings} targets={model.targets} />
          </div>
          <div className="results-capability-table">
            <CapabilityTable rows={model.radar} score={model.score} targets={model.targets} />
          </div>
        </section>
      </div>
      <LaterSections sections={later} />
    </article>
  )
}
