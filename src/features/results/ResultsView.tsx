import { useTranslation } from 'react-i18next'
import type { Assessment } from '../../domain/assessment/assessment'
import { CapabilityCalculations } from './CapabilityCalculations'
import { CapabilityRadar } from '../../components/report/CapabilityRadar'
import { CapabilityTable } from '../../components/report/CapabilityTable'
import { DimensionCalculations } from './DimensionCalculations'
import { DimensionSection } from './DimensionSection'
import { OverallSummary } from '../../components/report/OverallSummary'
import { PrioritiesList } from '../../components/report/PrioritiesList'
import { ResultsHeader } from './ResultsHeader'
import { StrengthsWeaknesses } from '../../components/report/StrengthsWeaknesses'
import { TargetsEditor } from './TargetsEditor'
import { UnansweredList } from './UnansweredList'
import { useReportModel } from '../../components/report/useReportModel'

/** Composes the results sections; every number comes from `useReportModel` (the pure domain). */
export const ResultsView = ({ assessment }: { assessment: Assessment }) => {
  const { t } = useTranslation()
  const model = useReportModel(assessment)
  return (
    <article className="results" aria-labelledby="results-title">
      <ResultsHeader assessment={assessment} completeness={model.score.completeness} />
      <OverallSummary model={model} />
      <section aria-labelledby="results-capabilities">
        <h2 id="results-capabilities">{t('results.capabilities.heading')}</h2>
        <div className="results-chart-row">
          <CapabilityRadar rows={model.radar} rings={model.rings} targets={model.targets} />
          <CapabilityTable rows={model.radar} score={model.score} targets={model.targets} />
        </div>
      </section>
      <TargetsEditor assessmentId={assessment.id} targets={model.targets} gaps={model.gaps} />
      <CapabilityCalculations score={model.score} set={model.set} />
      <DimensionSection score={model.score} set={model.set} rings={model.rings} />
      <DimensionCalculations score={model.score} set={model.set} />
      <StrengthsWeaknesses items={model.strengthsAndWeaknesses} />
      <PrioritiesList priorities={model.priorities} />
      <UnansweredList items={model.unanswered} />
    </article>
  )
}
