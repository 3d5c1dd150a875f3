import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useEffect } from 'react';
import { authKeys } from '../features/auth/api/keys';
import { ApiError, onUnauthorized } from '../lib/api-client';
import { navigateWithFlash } from '../lib/flash';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // On mobile data a refetch on every tab switch costs money; data refreshes after writes.
      refetchOnWindowFocus: false,
      // A 4xx will not get better by asking again.
      retry: (failures, error) =>
        !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failures < 2,
    },
    mutations: { retry: false },
  },
});

export function Providers({ children }: { children: ReactNode }) {
  useEffect(
    () =>
      onUnauthorized(() => {
        queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'auth' });
        queryClient.setQueryData(authKeys.session, null);
        navigateWithFlash('/masuk', { key: 'auth.sessionExpired', tone: 'info' }, { replace: true });
      }),
    [],
  );
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
