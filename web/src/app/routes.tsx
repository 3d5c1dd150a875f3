import { lazy } from 'react';
import { PROJECT_KEEPERS, PROJECT_READERS } from '../features/projects/lib/permissions';
import type { RouteDef } from './router';
import { CentrePage } from './routes/centre-page';
import { LoginPage } from './routes/login-page';
import { RegistryHomePage } from './routes/registry-home-page';

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
// Registry: an artisan loads only the index (a redirect), the detail and the report form.
const RegistryIndexPage = lazy(() =>
  import('./routes/registry-index-page').then((m) => ({ default: m.RegistryIndexPage })),
);
const RegistryNewPage = lazy(() =>
  import('./routes/registry-new-page').then((m) => ({ default: m.RegistryNewPage })),
);
const RegistryDetailPage = lazy(() =>
  import('./routes/registry-detail-page').then((m) => ({ default: m.RegistryDetailPage })),
);
const RegistryEditPage = lazy(() =>
  import('./routes/registry-edit-page').then((m) => ({ default: m.RegistryEditPage })),
);
const RegistryReportPage = lazy(() =>
  import('./routes/registry-report-page').then((m) => ({ default: m.RegistryReportPage })),
);
const RegistryImportPage = lazy(() =>
  import('./routes/registry-import-page').then((m) => ({ default: m.RegistryImportPage })),
);
const RegistryDuplicatesPage = lazy(() =>
  import('./routes/registry-duplicates-page').then((m) => ({ default: m.RegistryDuplicatesPage })),
);
const RegistryMergePage = lazy(() =>
  import('./routes/registry-merge-page').then((m) => ({ default: m.RegistryMergePage })),
);
const RegistryReportsPage = lazy(() =>
  import('./routes/registry-reports-page').then((m) => ({ default: m.RegistryReportsPage })),
);
// Motifs & IP: the list, detail and form are their own chunks; the officer's IP tools load inside.
const MotifsPage = lazy(() => import('./routes/motifs-page').then((m) => ({ default: m.MotifsPage })));
const MotifNewPage = lazy(() => import('./routes/motif-new-page').then((m) => ({ default: m.MotifNewPage })));
const MotifDetailPage = lazy(() =>
  import('./routes/motif-detail-page').then((m) => ({ default: m.MotifDetailPage })),
);
const MotifEditPage = lazy(() =>
  import('./routes/motif-edit-page').then((m) => ({ default: m.MotifEditPage })),
);
// Construction monitoring: the list, the status page and each form are their own chunks.
const ProjectsPage = lazy(() => import('./routes/projects-page').then((m) => ({ default: m.ProjectsPage })));
const ProjectNewPage = lazy(() =>
  import('./routes/project-new-page').then((m) => ({ default: m.ProjectNewPage })),
);
const ProjectDetailPage = lazy(() =>
  import('./routes/project-detail-page').then((m) => ({ default: m.ProjectDetailPage })),
);
const ProjectEditPage = lazy(() =>
  import('./routes/project-edit-page').then((m) => ({ default: m.ProjectEditPage })),
);
const ProjectRabPage = lazy(() =>
  import('./routes/project-rab-page').then((m) => ({ default: m.ProjectRabPage })),
);
const WeeklyReportPage = lazy(() =>
  import('./routes/weekly-report-page').then((m) => ({ default: m.WeeklyReportPage })),
);

/** Every page of the app. Static paths (`/pengguna/baru`) come before parameters (`/pengguna/:id`). */
export const ROUTES: readonly RouteDef[] = [
  { path: '/masuk', titleKey: 'login.title', page: LoginPage, public: true },
  // An artisan's home is their own business (registry); everyone else sees the usual home page.
  { path: '/', titleKey: 'home.title', page: RegistryHomePage },
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
  // Registry. `/registri` is open to artisans too: it takes them to their own business.
  { path: '/registri', titleKey: 'registry.listTitle', page: RegistryIndexPage },
  {
    path: '/registri/baru',
    titleKey: 'registry.newTitle',
    page: RegistryNewPage,
    roles: ['admin', 'officer'],
  },
  {
    path: '/registri/impor',
    titleKey: 'registryImport.title',
    page: RegistryImportPage,
    roles: ['admin', 'officer'],
  },
  {
    path: '/registri/duplikat',
    titleKey: 'duplicates.title',
    page: RegistryDuplicatesPage,
    roles: ['admin', 'officer'],
  },
  {
    path: '/registri/penggabungan/:id',
    titleKey: 'duplicates.explain.title',
    page: RegistryMergePage,
    roles: ['admin', 'officer'],
  },
  {
    path: '/registri/laporan',
    titleKey: 'registryReports.title',
    page: RegistryReportsPage,
    roles: ['admin', 'officer', 'manager'],
  },
  // Keep the /registri/:id routes last: static /registri/… pages (impor, duplikat, laporan) go above them.
  { path: '/registri/:id', titleKey: 'registry.detailTitle', page: RegistryDetailPage },
  {
    path: '/registri/:id/ubah',
    titleKey: 'registry.editTitle',
    page: RegistryEditPage,
    roles: ['admin', 'officer', 'artisan'],
  },
  {
    path: '/registri/:id/laporan/:year/:semester',
    titleKey: 'registry.report.pageTitle',
    page: RegistryReportPage,
    roles: ['admin', 'officer', 'artisan'],
  },
  // Motifs & IP: everyone reads (an artisan only their own business's); editors add and change.
  { path: '/motif', titleKey: 'motifs.listTitle', page: MotifsPage },
  {
    path: '/motif/baru',
    titleKey: 'motifs.newTitle',
    page: MotifNewPage,
    roles: ['admin', 'officer', 'artisan'],
  },
  { path: '/motif/:id', titleKey: 'motifs.detailTitle', page: MotifDetailPage },
  {
    path: '/motif/:id/ubah',
    titleKey: 'motifs.editTitle',
    page: MotifEditPage,
    roles: ['admin', 'officer', 'artisan'],
  },
  // Construction monitoring: the Dinas, the centre's manager and PLUT consultants read; the Dinas keeps.
  { path: '/proyek', titleKey: 'projects.listTitle', page: ProjectsPage, roles: PROJECT_READERS },
  { path: '/proyek/baru', titleKey: 'projects.newTitle', page: ProjectNewPage, roles: PROJECT_KEEPERS },
  { path: '/proyek/:id', titleKey: 'projects.detailTitle', page: ProjectDetailPage, roles: PROJECT_READERS },
  { path: '/proyek/:id/ubah', titleKey: 'projects.editTitle', page: ProjectEditPage, roles: PROJECT_KEEPERS },
  { path: '/proyek/:id/rab', titleKey: 'projects.rab.title', page: ProjectRabPage, roles: PROJECT_KEEPERS },
  {
    path: '/proyek/:id/laporan/baru',
    titleKey: 'projects.report.newTitle',
    page: WeeklyReportPage,
    roles: PROJECT_KEEPERS,
  },
  {
    path: '/proyek/:id/laporan/:week',
    titleKey: 'projects.report.pageTitle',
    page: WeeklyReportPage,
    roles: PROJECT_READERS,
  },
];
