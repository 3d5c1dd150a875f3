import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { userKeys } from './keys';

/** Returns a temporary password, shown once; the user must change it at the next login. */
export function resetPassword(id: string): Promise<{ temporaryPassword: string }> {
  return unwrap(api.POST('/api/users/{id}/reset-password', { params: { path: { id } } }));
}

export function useResetPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resetPassword,
    // mustChangePassword and the lock change on the server.
    onSuccess: (_data, id) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: userKeys.detail(id) }),
        queryClient.invalidateQueries({ queryKey: userKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]),
  });
}
