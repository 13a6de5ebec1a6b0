import { useTranslation } from 'react-i18next'
import type { Priority } from '../../domain/report/priorities'
import { useFormat } from '../../i18n/format'
import { NextStepText } from './NextStepText'
import { useNames } from './useNames'
import './report.css'

/** Improvement priorities, ranked by potential gain on the total, each with its next step. */
export const PrioritiesList = ({ priorities }: { priorities: readonly Priority[] }) => {
  const { t } = useTranslation()
  const format = useFormat()
  const names = useNames()
  return (
    <section aria-labelledby="report-priorities">
      <h2 id="report-priorities">{t('results.priorities.heading')}</h2>
      <p>{t('results.priorities.intro')}</p>
      {priorities.length === 0 ? (
        <p>{t('results.priorities.none')}</p>
      ) : (
        <ol className="report-priorities">
          {priorities.map((p) => (
            <li key={p.indicatorId}>
              <strong>
                <span className="muted">{p.indicatorId}</span> {names.indicator(p.indicatorId)}
              </strong>{' '}
              · {t('results.priorities.gain', { gain: format.score(p.gainOnTotal) })} ·{' '}
              {t('results.priorities.current', { score: format.score(p.score) })}
              {p.primaryCapability !== null && (
                <>
                  {' '}
                  ·{' '}
                  {t('results.priorities.capability', {
                    name: names.capability(p.primaryCapability),
                  })}
                </>
              )}
              <div className="report-next">
                <NextStepText next={p.next} />
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
