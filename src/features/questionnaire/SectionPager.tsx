import { useTranslation } from 'react-i18next'
import type { Dimension } from '../../domain/indicators/schema'
import { useLocalized } from '../../i18n/useLocalized'
import { sectionElementId } from '../../components/ui/questionnaireAnchors'

/** Links to the sections before and after the one shown, below its last card. */
export const SectionPager = ({
  previous,
  next,
}: {
  previous: Dimension | undefined
  next: Dimension | undefined
}) => {
  const { t } = useTranslation()
  const localized = useLocalized()
  if (previous === undefined && next === undefined) return null
  return (
    <nav aria-label={t('questionnaire.sectionPager')} className="section-pager">
      {previous !== undefined && (
        <a href={`#${sectionElementId(previous.id)}`} rel="prev">
          {t('questionnaire.previousSection', { name: localized(previous.name) })}
        </a>
      )}
      {next !== undefined && (
        <a href={`#${sectionElementId(next.id)}`} rel="next" className="section-pager-next">
          {t('questionnaire.nextSection', { name: localized(next.name) })}
        </a>
      )}
    </nav>
  )
}
