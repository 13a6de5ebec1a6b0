import { useTranslation } from 'react-i18next'
import { MaturityLevelIdSchema } from '../../domain/assessment/assessment'
import { maturityLevelIds } from '../../domain/report/levels'
import type { CapabilityTargets } from '../../domain/report/radarSeries'
import type { TargetGap } from '../../domain/report/targetGaps'
import { capabilityIds, type CapabilityId } from '../../domain/indicators/schema'
import { assessmentActions } from '../../store/appStore'
import { TargetGapsList } from './TargetGapsList'
import { useNames } from '../../components/report/useNames'

type Props = { assessmentId: string; targets: CapabilityTargets; gaps: readonly TargetGap[] }

/** Optional "to-be" level per capability, saved with the assessment; the gaps listed below. */
export const TargetsEditor = ({ assessmentId, targets, gaps }: Props) => {
  const { t } = useTranslation()
  const names = useNames()
  const change = (capability: CapabilityId, value: string) => {
    const parsed = MaturityLevelIdSchema.safeParse(value)
    const chosen = parsed.success ? parsed.data : undefined
    const entries = capabilityIds.flatMap((k) => {
      const level = k === capability ? chosen : targets[k]
      return level === undefined ? [] : [[k, level] as const]
    })
    const next: CapabilityTargets = Object.fromEntries(entries)
    assessmentActions.setTargets(assessmentId, entries.length === 0 ? undefined : next)
  }
  return (
    <section aria-labelledby="results-targets">
      <h2 id="results-targets">{t('results.targets.heading')}</h2>
      <p>{t('results.targets.intro')}</p>
      <div className="results-targets">
        {capabilityIds.map((k) => {
          const id = `target-${k}`
          return (
            <div key={k} className="results-field">
              <label htmlFor={id}>
                {t('results.targets.selectLabel', { name: names.capability(k) })}
              </label>
              <select id={id} value={targets[k] ?? ''} onChange={(e) => change(k, e.target.value)}>
                <option value="">{t('results.targets.none')}</option>
                {maturityLevelIds.map((level) => (
                  <option key={level} value={level}>
                    {names.levelId(level)}
                  </option>
                ))}
              </select>
            </div>
          )
        })}
      </div>
      <TargetGapsList gaps={gaps} />
    </section>
  )
}
