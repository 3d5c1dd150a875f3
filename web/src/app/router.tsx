import { type ComponentType, useEffect } from 'react';
import type { Role } from '../api/types';
import type { MessageKey } from '../lib/i18n';
import { matchPath, navigate } from '../lib/navigation';

export interface PageProps {
  params: Record<string, string>;
}

export interface RouteDef {
  /** `/pengguna/:id`; static segments are matched before the table order matters, so list them first. */
  path: string;
  /** Browser tab title. */
  titleKey: MessageKey;
  page: ComponentType<PageProps>;
  /** Who may open it; absent means anyone logged in. */
  roles?: readonly Role[];
  /** Only for the login page: shown without a session, left once logged in. */
  public?: boolean;
}

export interface RouteMatch {
  route: RouteDef;
  params: Record<string, string>;
}

export function matchRoute(routes: readonly RouteDef[], path: string): RouteMatch | null {
  for (const route of routes) {
    const params = matchPath(route.path, path);
    if (params) return { route, params };
  }
  return null;
}

/** Replaces the current history entry, so Back does not bounce into the redirect again. */
export function Redirect({ to }: { to: string }) {
  useEffect(() => {
    navigate(to, { replace: true });
  }, [to]);
  return null;
}
