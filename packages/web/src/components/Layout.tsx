/** The app shell: skip link, header with navigation, palette and language, the page, the toasts. */
import { useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { prefetchRoute } from '../lib/prefetch';
import { LanguageSwitcher } from './LanguageSwitcher';
import { useUi } from './ui-context';
import { Icon } from './Icon';

const links = [
  { to: '/', key: 'nav.today', icon: 'today' },
  { to: '/contacts', key: 'nav.contacts', icon: 'contacts' },
  { to: '/insights', key: 'nav.insights', icon: 'insights' },
  { to: '/library', key: 'nav.library', icon: 'library' },
  { to: '/campaigns', key: 'nav.campaigns', icon: 'mail' },
  { to: '/import', key: 'nav.import', icon: 'upload' },
  { to: '/settings', key: 'nav.settings', icon: 'settings' },
] as const;

function isCurrent(location: string, to: string): boolean {
  return to === '/' ? location === '/' : location === to || location.startsWith(`${to}/`);
}

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [location] = useLocation();
  const client = useQueryClient();
  const ui = useUi();
  const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="shell-header">
        <Link href="/" className="brand" aria-label={`${t('app.name')}: ${t('nav.today')}`}>
          <img src="/icon.svg" alt="" width={28} height={28} />
          <span>{t('app.name')}</span>
        </Link>
        <nav className="main-nav" aria-label={t('nav.label')}>
          <ul>
            {links.map((l) => (
              <li key={l.to}>
                <Link
                  href={l.to}
                  aria-current={isCurrent(location, l.to) ? 'page' : undefined}
                  title={t(l.key)}
                  onMouseEnter={() => prefetchRoute(client, l.to)}
                  onFocus={() => prefetchRoute(client, l.to)}
                >
                  <Icon name={l.icon} />
                  <span className="nav-label">{t(l.key)}</span>
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="header-tools">
          <button type="button" className="btn palette-button" onClick={ui.openPalette} aria-label={t('nav.palette')}>
            <Icon name="search" />
            <span className="palette-text">{t('nav.palette')}</span>
            <kbd>{isMac ? '⌘ K' : t('nav.paletteShortcut')}</kbd>
          </button>
          <button
            type="button"
            className="btn btn-primary"
            onClick={ui.openNewContact}
            aria-keyshortcuts="n"
            aria-label={t('nav.newContact')}
          >
            <Icon name="plus" />
            <span className="hide-narrow-text">{t('nav.newContact')}</span>
          </button>
          <LanguageSwitcher id="header-language" />
        </div>
      </header>
      <main id="main" className="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
