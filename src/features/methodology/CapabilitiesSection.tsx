import { useTranslation } from 'react-i18next'
import type { MetaFile } from '../../domain/indicators/schema'
import { useLocalized } from '../../i18n/useLocalized'

/**
 * Section 8: the five core capabilities (the white paper's, shared by every set) with the
 * definitions the set's meta gives them.
 */
export const CapabilitiesSection = ({ meta }: { meta: MetaFile }) => {
  const { t } = useTranslation()
  const localized = useLocalized()
  return (
    <section aria-labelledby="method-capabilities">
      <h2 id="method-capabilities">{t('methodology.capabilities.heading')}</h2>
      <p>{t('methodology.capabilities.intro')}</p>
      <dl className="methodology-definitions">
        {meta.capabilities.map((c) => (
          <div key={c.id}>
            <dt>
              {c.id} {localized(c.name)}
            </dt>
            <dd>{localized(c.definition)}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
