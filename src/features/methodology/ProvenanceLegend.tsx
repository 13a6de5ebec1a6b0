import { useTranslation } from 'react-i18next'
import { ProvenanceSchema, WeightSourceSchema } from '../../domain/indicators/schema'
import { VerificationSchema } from '../../domain/indicators/schemaParts'

/** Section 7: what "standard / adapted / defined", the weight bases and the verification tags mean. */
export const ProvenanceLegend = () => {
  const { t } = useTranslation()
  return (
    <section aria-labelledby="method-provenance">
      <h2 id="method-provenance">{t('methodology.provenance.heading')}</h2>
      <p>{t('methodology.provenance.intro')}</p>
      <ul>
        {ProvenanceSchema.options.map((p) => (
          <li key={p}>{t(`methodology.provenance.${p}`)}</li>
        ))}
      </ul>
      <p>{t('methodology.provenance.weightIntro')}</p>
      <ul>
        {WeightSourceSchema.options.map((w) => (
          <li key={w}>{t(`methodology.weightSource.${w}`)}</li>
        ))}
      </ul>
      <ul>
        {VerificationSchema.options.map((v) => (
          <li key={v}>{t(`methodology.verificationLegend.${v}`)}</li>
        ))}
      </ul>
    </section>
  )
}
