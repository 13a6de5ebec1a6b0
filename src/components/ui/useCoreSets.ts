import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { isKnownSet, loadSets, setCoreFor, type SetRef } from '../../content/defaultIndicatorSet'
import { isLanguage } from '../../domain/language'

/**
 * Loads the cores of the given set versions (for scoring and lists) and re-renders once they are
 * there; true when every version this app has is loaded. Versions it does not have are not waited
 * for (`setCoreFor` stays null for them and callers say so).
 */
export const useCoreSets = (refs: readonly SetRef[]): boolean => {
  const { i18n } = useTranslation()
  const language = isLanguage(i18n.language) ? i18n.language : 'en'
  const missing = refs.filter((ref) => isKnownSet(ref) && setCoreFor(ref) === null)
  const key = [...new Set(missing.map((r) => `${r.setId}@${r.version}`))].sort().join(' ')
  const [, setLoads] = useState(0)
  useEffect(() => {
    if (key === '') return undefined
    let live = true
    const wanted = key.split(' ').map((k) => {
      const at = k.lastIndexOf('@')
      return { setId: k.slice(0, at), version: k.slice(at + 1) }
    })
    // A failed fetch leaves those rows without scores; the next render tries again.
    void loadSets(wanted, language).then(
      () => live && setLoads((n) => n + 1),
      () => undefined,
    )
    return () => {
      live = false
    }
  }, [key, language])
  return key === ''
}
