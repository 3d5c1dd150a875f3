import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Session } from '../../../api/types';
import { api, setCsrfToken, unwrap } from '../../../lib/api-client';
import { authKeys } from './keys';
import { adoptUserLang } from './update-preferences';

export interface LoginInput {
  username: string;
  password: string;
}

export async function login(input: LoginInput): Promise<Session> {
  const session = await unwrap(api.POST('/api/auth/login', { body: input }));
  setCsrfToken(session.csrfToken);
  adoptUserLang(session.user);
  return session;
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (session) => {
      // Whatever a previous user left in the cache must not show through.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'auth' });
      queryClient.setQueryData(authKeys.session, session);
    },
  });
}
