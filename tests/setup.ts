import '@testing-library/jest-dom/vitest'
import 'fake-indexeddb/auto'
import { cleanup } from '@testing-library/react'
import i18next from 'i18next'
import { afterEach } from 'vitest'
import { loadSets, releasedSets } from '../src/content/defaultIndicatorSet'
import { initI18n, loadLocale } from '../src/i18n/i18n'
import { localeBundles } from '../src/i18n/localeBundles'

initI18n('en')
// Component tests render any screen in either language: make all interface text available.
await loadLocale(localeBundles, 'zh-CN')
await loadLocale(localeBundles, 'en')
// Component tests switch languages freely and render assessments of every built-in version (the
// fixtures record 1.0.0, new assessments the newest): make all of it available, as the screens do
// on demand for the version an assessment records.
await loadSets(releasedSets, 'zh-CN', ['details'])
await loadSets(releasedSets, 'en', ['details'])

afterEach(async () => {
  cleanup()
  localStorage.clear()
  await i18next.changeLanguage('en')
})
