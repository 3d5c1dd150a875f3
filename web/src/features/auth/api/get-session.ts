import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Session } from '../../../api/types';
import { ApiError, api, setCsrfToken, unwrap } from '../../../lib/api-client';
import { authKeys } from './keys';
import { adoptUserLang } from './update-preferences';

/** The current session, or null when nobody is logged in (401 is an answer here, not an error). */
export async function getSession(): Promise<Session | null> {
  try {
    const session = await unwrap(api.GET('/api/auth/session'));
    setCsrfToken(session.csrfToken);
    adoptUserLang(session.user);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export function sessionQueryOptions() {
  return queryOptions({ queryKey: authKeys.session, queryFn: getSession, staleTime: 5 * 60_000 });
}

export function useSession() {
  return useQuery(sessionQueryOptions());
}

/** For pages behind the login: the app renders them only once a session exists. */
export function useCurrentSession(): Session {
  const { data } = useSession();
  if (!data) throw new Error('useCurrentSession used outside a logged-in page');
  return data;
}
