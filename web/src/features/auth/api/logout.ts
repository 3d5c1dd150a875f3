import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, setCsrfToken, unwrapVoid } from '../../../lib/api-client';
import { authKeys } from './keys';

export async function logout(): Promise<void> {
  await unwrapVoid(api.POST('/api/auth/logout'));
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    // Even if the call fails (session already gone, network), this browser forgets the session.
    onSettled: () => {
      setCsrfToken(null);
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'auth' });
      queryClient.setQueryData(authKeys.session, null);
    },
  });
}
