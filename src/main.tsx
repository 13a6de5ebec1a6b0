import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { preloadRoute } from './app/preloadRoute'
import { loadIndicatorText } from './content/defaultIndicatorSet'
import { currentLanguage, initI18n, initialLanguage, loadLocale } from './i18n/i18n'
import { readLanguagePreference } from './storage/languagePreference'
import './styles/global.css'

// The saved language wins over the browser's (App saves a later choice: useLanguagePreference).
initI18n(initialLanguage(readLanguagePreference()))
const language = currentLanguage()

// A deep link's screen downloads alongside the text below, not after the first render.
preloadRoute(window.location.pathname)

const container = document.getElementById('root')
if (container === null) throw new Error('index.html has no #root element')
const root = createRoot(container)

// Every screen needs the interface text and the indicator text of the interface language: fetch
// both (in parallel), then render. If they cannot be fetched, index.html's bilingual notice shows.
Promise.all([loadIndicatorText(language), loadLocale(['core'], language)]).then(
  () =>
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  () => document.getElementById('boot-error')?.removeAttribute('hidden'),
)
