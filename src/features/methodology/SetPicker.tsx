import { useTranslation } from 'react-i18next'
import { useLocation } from 'wouter'
import { latestRelease, setCoreFor, setKey, type SetRef } from '../../content/defaultIndicatorSet'
import { useLocalized } from '../../i18n/useLocalized'
import { routes } from '../../routes/routes'
import { useAssessments } from '../../store/appStore'

/**
 * Which indicator set the page describes, when there is more than one to choose from: the newest
 * built-in set, the sets brought by the user and the one described now (an older built-in release
 * reached by its address). Choosing one opens its address, so the choice can be bookmarked.
 */
export const SetPicker = ({ described }: { described: SetRef }) => {
  const { t } = useTranslation()
  const localized = useLocalized()
  const [, navigate] = useLocation()
  const custom = useAssessments((s) => s.customSets)
  const refs = [latestRelease(), ...custom, described].flatMap((ref) => (ref === null ? [] : [ref]))
  const choices = [...new Map(refs.map((ref) => [setKey(ref), ref])).entries()].flatMap(
    ([key, ref]) => {
      const core = setCoreFor(ref)
      return core === null ? [] : [{ key, ref, name: localized(core.meta.name) }]
    },
  )
  if (choices.length < 2) return null
  const choose = (key: string) => {
    const ref = choices.find((c) => c.key === key)?.ref
    if (ref !== undefined) navigate(routes.methodology.href(ref), { replace: true })
  }
  return (
    <div className="field">
      <label htmlFor="method-set">{t('methodology.set.label')}</label>
      <select id="method-set" value={setKey(described)} onChange={(e) => choose(e.target.value)}>
        {choices.map(({ key, ref, name }) => (
          <option key={key} value={key}>
            {t('assessment.setVersion', { name, version: ref.version })}
          </option>
        ))}
      </select>
    </div>
  )
}
