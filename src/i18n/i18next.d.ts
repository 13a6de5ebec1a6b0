import 'i18next'
import type en from './locales/en.json'
import type enResults from './locales/en.results.json'

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation'
    resources: { translation: typeof en & typeof enResults }
    returnNull: false
  }
}
