import '@testing-library/jest-dom/vitest'
import 'fake-indexeddb/auto'
import { cleanup } from '@testing-library/react'
import i18next from 'i18next'
import { afterEach } from 'vitest'
import { loadIndicatorText } from '../src/content/defaultIndicatorSet'
import { initI18n, loadLocale } from '../src/i18n/i18n'
import { localeBundles } from '../src/i18n/localeBundles'

initI18n('en')
// Component tests render any screen in either language: make all interface text available.
await loadLocale(localeBundles, 'zh-CN')
await loadLocale(localeBundles, 'en')
// Component tests switch languages freely: make both languages' indicator text available.
await loadIndicatorText('zh-CN', ['details'])
await loadIndicatorText('en', ['details'])

afterEach(async () => {
  cleanup()
  localStorage.clear()
  await i18next.changeLanguage('en')
})
