import { type ReactNode, useEffect, useRef, useState } from 'react';
import type { Session } from '../api/types';
import { Button } from '../components/button';
import { FlashMessage } from '../components/flash-message';
import { Link } from '../components/link';
import { useLogout } from '../features/auth/api/logout';
import { LanguageSwitch } from '../features/auth/components/language-switch';
import { useT } from '../lib/i18n';
import { navigate, usePath } from '../lib/navigation';
import { ROLE_LABEL } from '../lib/roles';
import { isCurrent, navFor } from './nav';

/** After a client-side navigation, focus the new page's h1 so screen readers announce it. */
function useFocusOnNavigate(path: string) {
  const last = useRef(path);
  useEffect(() => {
    if (last.current === path) return;
    last.current = path;
    const target = document.querySelector<HTMLElement>('main h1') ?? document.getElementById('main');
    target?.focus({ preventScroll: true });
  }, [path]);
}

function SkipLink() {
  const t = useT();
  return (
    <a className="skip-link" href="#main">
      {t('layout.skip')}
    </a>
  );
}

export function AppLayout({ session, children }: { session: Session; children: ReactNode }) {
  const t = useT();
  const path = usePath();
  const logout = useLogout();
  const [menuOpen, setMenuOpen] = useState(false);
  const { user, centre } = session;
  useFocusOnNavigate(path);

  return (
    <>
      <SkipLink />
      <header className="app-header">
        <div className="header-bar">
          <div className="brand">
            <Link to="/" className="brand-name">
              Sentra
            </Link>
            <span className="brand-centre">{centre?.name ?? t('layout.allCentres')}</span>
          </div>
          <p className="who">
            <span className="who-name">{user.fullName}</span>
            <span className="who-role">{t(ROLE_LABEL[user.role])}</span>
          </p>
          <LanguageSwitch />
          <button
            type="button"
            className="btn btn-quiet menu-toggle"
            aria-expanded={menuOpen}
            aria-controls="main-nav"
            onClick={() => setMenuOpen((open) => !open)}
          >
            {t('layout.menu')}
          </button>
        </div>
        <nav id="main-nav" className={menuOpen ? 'main-nav open' : 'main-nav'} aria-label={t('nav.label')}>
          <ul>
            {navFor(user.role).map((item) => (
              <li key={item.path}>
                <Link
                  to={item.path}
                  aria-current={isCurrent(item, path) ? 'page' : undefined}
                  onClick={() => setMenuOpen(false)}
                >
                  {t(item.labelKey)}
                </Link>
              </li>
            ))}
            <li>
              <Button
                variant="quiet"
                className="logout"
                busy={logout.isPending}
                onClick={() =>
                  logout.mutate(undefined, { onSettled: () => navigate('/masuk', { replace: true }) })
                }
              >
                {t('nav.logout')}
              </Button>
            </li>
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <FlashMessage />
        {children}
      </main>
    </>
  );
}

/** The login page (and 404 without a session): no menu, but the language switch. */
export function PublicLayout({ children }: { children: ReactNode }) {
  const path = usePath();
  useFocusOnNavigate(path);
  return (
    <>
      <SkipLink />
      <header className="app-header">
        <div className="header-bar">
          <div className="brand">
            <span className="brand-name">Sentra</span>
          </div>
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" tabIndex={-1} className="narrow">
        <FlashMessage />
        {children}
      </main>
    </>
  );
}
