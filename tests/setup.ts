import '@testing-library/jest-dom/vitest'
import 'fake-indexeddb/auto'
import { cleanup } from '@testing-library/react'
import i18next from 'i18next'
import { afterEach } from 'vitest'
import { initI18n } from '../src/i18n/i18n'

initI18n('en')

afterEach(async () => {
  cleanup()
  localStorage.clear()
  await i18next.changeLanguage('en')
})
