import { Suspense, useEffect } from 'react';
import { Button } from '../components/button';
import { ErrorAlert } from '../components/error-alert';
import { Spinner } from '../components/spinner';
import { useSession } from '../features/auth/api/get-session';
import { type MessageKey, useT } from '../lib/i18n';
import { usePath } from '../lib/navigation';
import { AppLayout, PublicLayout } from './layout';
import { matchRoute, Redirect } from './router';
import { ROUTES } from './routes';
import { ForbiddenPage } from './routes/forbidden-page';
import { NotFoundPage } from './routes/not-found-page';

const PASSWORD_PAGE = '/akun/kata-sandi';

function useDocumentTitle(key: MessageKey) {
  const t = useT();
  const title = `${t(key)} · Sentra`;
  useEffect(() => {
    document.title = title;
  }, [title]);
}

export function App() {
  const t = useT();
  const path = usePath();
  const session = useSession();
  const match = matchRoute(ROUTES, path);
  useDocumentTitle(match?.route.titleKey ?? 'notFound.title');

  if (session.isPending) {
    return (
      <main id="main" className="boot">
        <Spinner />
      </main>
    );
  }

  if (session.isError) {
    // The server is unreachable or failing: say so, and let the user try again.
    return (
      <PublicLayout>
        <h1 tabIndex={-1}>{t('boot.errorTitle')}</h1>
        <ErrorAlert error={session.error} />
        <Button variant="primary" onClick={() => session.refetch()}>
          {t('common.retry')}
        </Button>
      </PublicLayout>
    );
  }

  const current = session.data;

  if (!match) {
    return current ? (
      <AppLayout session={current}>
        <NotFoundPage />
      </AppLayout>
    ) : (
      <PublicLayout>
        <NotFoundPage />
      </PublicLayout>
    );
  }

  const { route, params } = match;
  const Page = route.page;

  if (route.public) {
    if (current) return <Redirect to={current.user.mustChangePassword ? PASSWORD_PAGE : '/'} />;
    return (
      <PublicLayout>
        <Page params={params} />
      </PublicLayout>
    );
  }

  if (!current) return <Redirect to="/masuk" />;
  // A temporary password opens nothing but the page to replace it.
  if (current.user.mustChangePassword && path !== PASSWORD_PAGE) return <Redirect to={PASSWORD_PAGE} />;

  const allowed = !route.roles || route.roles.includes(current.user.role);
  return (
    <AppLayout session={current}>
      {allowed ? (
        <Suspense fallback={<Spinner />}>
          <Page params={params} />
        </Suspense>
      ) : (
        <ForbiddenPage />
      )}
    </AppLayout>
  );
}
