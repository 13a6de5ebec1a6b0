import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import type { OpenPriority } from '../../domain/report/priorities'
import { useFormat } from '../../i18n/format'
import { useNames } from '../../components/report/useNames'
import { cardElementId } from '../../components/ui/questionnaireAnchors'
import { routes } from '../../routes/routes'

/**
 * "Answer these first": open indicators ranked by how much answering them raises coverage, each a
 * link to its card in the questionnaire (which opens the card's section through the address).
 */
export const UnansweredList = ({
  assessmentId,
  items,
}: {
  assessmentId: string
  items: readonly OpenPriority[]
}) => {
  const { t } = useTranslation()
  const format = useFormat()
  const names = useNames()
  return (
    <section aria-labelledby="results-unanswered">
      <h2 id="results-unanswered">{t('results.unanswered.heading')}</h2>
      {items.length === 0 ? (
        <p>{t('results.unanswered.none')}</p>
      ) : (
        <>
          <p>{t('results.unanswered.intro')}</p>
          <ol className="results-priorities">
            {items.map((item) => (
              <li key={item.indicatorId}>
                <strong>
                  <Link
                    href={routes.questionnaire.href(assessmentId, cardElementId(item.indicatorId))}
                  >
                    <span className="muted">{item.indicatorId}</span>{' '}
                    {names.indicator(item.indicatorId)}
                  </Link>
                </strong>{' '}
                · {names.dimension(item.dimensionId)} · {t(`results.unanswered.${item.state}`)} ·{' '}
                {t('results.unanswered.gain', { gain: format.percent(item.coverageGain) })}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  )
}
