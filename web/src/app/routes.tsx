import { lazy } from 'react';
import type { RouteDef } from './router';
import { CentrePage } from './routes/centre-page';
import { HomePage } from './routes/home-page';
import { LoginPage } from './routes/login-page';

/*
 * The pages most people open (login, home, a centre) are in the main bundle. Admin pages and
 * forms load on demand, so an artisan on a cheap phone never downloads them.
 */
const CentreNewPage = lazy(() =>
  import('./routes/centre-new-page').then((m) => ({ default: m.CentreNewPage })),
);
const CentreEditPage = lazy(() =>
  import('./routes/centre-edit-page').then((m) => ({ default: m.CentreEditPage })),
);
const UsersPage = lazy(() => import('./routes/users-page').then((m) => ({ default: m.UsersPage })));
const UserNewPage = lazy(() => import('./routes/user-new-page').then((m) => ({ default: m.UserNewPage })));
const UserEditPage = lazy(() => import('./routes/user-edit-page').then((m) => ({ default: m.UserEditPage })));
const TokensPage = lazy(() => import('./routes/tokens-page').then((m) => ({ default: m.TokensPage })));
const AuditPage = lazy(() => import('./routes/audit-page').then((m) => ({ default: m.AuditPage })));
const ChangePasswordPage = lazy(() =>
  import('./routes/change-password-page').then((m) => ({ default: m.ChangePasswordPage })),
);

/** Every page of the app. Static paths (`/pengguna/baru`) come before parameters (`/pengguna/:id`). */
export const ROUTES: readonly RouteDef[] = [
  { path: '/masuk', titleKey: 'login.title', page: LoginPage, public: true },
  { path: '/', titleKey: 'home.title', page: HomePage },
  { path: '/sentra/baru', titleKey: 'centre.newTitle', page: CentreNewPage, roles: ['admin'] },
  { path: '/sentra/:id', titleKey: 'centre.title', page: CentrePage },
  {
    path: '/sentra/:id/ubah',
    titleKey: 'centre.editTitle',
    page: CentreEditPage,
    roles: ['admin', 'officer', 'manager'],
  },
  { path: '/pengguna', titleKey: 'user.listTitle', page: UsersPage, roles: ['admin'] },
  { path: '/pengguna/baru', titleKey: 'user.newTitle', page: UserNewPage, roles: ['admin'] },
  { path: '/pengguna/:id', titleKey: 'user.editTitle', page: UserEditPage, roles: ['admin'] },
  { path: '/token', titleKey: 'token.title', page: TokensPage, roles: ['admin'] },
  { path: '/audit', titleKey: 'audit.title', page: AuditPage, roles: ['admin'] },
  { path: '/akun/kata-sandi', titleKey: 'password.title', page: ChangePasswordPage },
];
