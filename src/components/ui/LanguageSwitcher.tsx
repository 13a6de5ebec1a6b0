import { useTranslation } from 'react-i18next'
import { loadIndicatorText } from '../../content/defaultIndicatorSet'
import { changeLanguage } from '../../i18n/i18n'
import { isLanguage } from '../../domain/language'

/**
 * One button that switches to the other language. Its visible text is written in the target
 * language, as users scanning for their own language expect; `lang` tells screen readers so.
 * The indicator text of that language is fetched first (a small chunk, cached offline).
 */
export const LanguageSwitcher = () => {
  const { t, i18n } = useTranslation()
  const current = isLanguage(i18n.language) ? i18n.language : 'en'
  const target = current === 'zh-CN' ? 'en' : 'zh-CN'
  return (
    <button
      type="button"
      className="language-switch"
      lang={target}
      aria-label={t('language.switchTo')}
      onClick={() => void loadIndicatorText(target).then(() => changeLanguage(target))}
    >
      {t(`language.${target}`)}
    </button>
  )
}
