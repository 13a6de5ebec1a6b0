import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { loadIndicatorText } from './content/defaultIndicatorSet'
import { initI18n } from './i18n/i18n'
import { isLanguage } from './i18n/languages'
import './styles/global.css'

const i18n = initI18n()

const container = document.getElementById('root')
if (container === null) throw new Error('index.html has no #root element')
const root = createRoot(container)

// The indicator text of the interface language is needed by every screen: load it, then render.
void loadIndicatorText(isLanguage(i18n.language) ? i18n.language : 'en').then(() =>
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
)
