import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import { LanguageSwitcher } from '../components/ui/LanguageSwitcher'
import { NavLink } from '../components/ui/NavLink'
import { StorageBanner } from './StorageBanner'
import { StorageGate } from './StorageGate'
import { UpdatePrompt } from './UpdatePrompt'
import { routes } from '../routes/routes'

export const AppLayout = ({ children }: { children: ReactNode }) => {
  const { t } = useTranslation()
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <Link href={routes.home.href()} className="app-title">
          <img src="/favicon.svg" alt="" width="28" height="28" />
          <span>{t('app.name')}</span>
        </Link>
        <nav aria-label={t('nav.label')} className="app-nav">
          <NavLink href={routes.home.href()}>{t('nav.home')}</NavLink>
          <NavLink href={routes.newAssessment.href()}>{t('nav.new')}</NavLink>
          <NavLink href={routes.compare.href()}>{t('nav.compare')}</NavLink>
          <NavLink href={routes.methodology.href()}>{t('nav.methodology')}</NavLink>
        </nav>
        <LanguageSwitcher />
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <StorageBanner />
        <StorageGate>{children}</StorageGate>
      </main>
      <UpdatePrompt />
      <footer className="app-footer">
        <p>{t('app.localOnly')}</p>
      </footer>
    </div>
  )
}
