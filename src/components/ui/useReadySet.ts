import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { isKnownSet, loadSets, readySetFor, type SetRef } from '../../content/defaultIndicatorSet'
import type { IndicatorSet } from '../../domain/indicators/schema'
import { isLanguage } from '../../domain/language'

export type ReadySet =
  | { state: 'ready'; set: IndicatorSet }
  | { state: 'loading' }
  | { state: 'unknown' }
  | { state: 'failed' }

/**
 * The version `ref` with its details in the interface language, loading it when needed: ready at
 * once when it is already loaded; `unknown` when this app has no such version (made with a newer
 * app, or with a set this browser does not have); `failed` when its files cannot be fetched.
 */
export const useReadySet = (ref: SetRef): ReadySet => {
  const { i18n } = useTranslation()
  const language = isLanguage(i18n.language) ? i18n.language : 'en'
  const known = isKnownSet(ref)
  const ready = readySetFor(ref)
  const [, setLoads] = useState(0)
  const [failed, setFailed] = useState(false)
  const needsLoad = known && ready === null
  useEffect(() => {
    if (!needsLoad) return undefined
    let live = true
    loadSets([ref], language, ['details']).then(
      () => live && setLoads((n) => n + 1),
      () => live && setFailed(true),
    )
    return () => {
      live = false
    }
    // The ref's fields, not its object: a new object for the same version loads nothing new.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [needsLoad, ref.setId, ref.version, language])
  if (!known) return { state: 'unknown' }
  if (ready !== null) return { state: 'ready', set: ready }
  return failed ? { state: 'failed' } : { state: 'loading' }
}
