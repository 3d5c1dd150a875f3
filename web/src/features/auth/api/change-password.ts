import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Session } from '../../../api/types';
import { api, unwrapVoid } from '../../../lib/api-client';
import { authKeys } from './keys';

export interface ChangePasswordInput {
  currentPassword: string;
  newPassword: string;
}

export async function changePassword(input: ChangePasswordInput): Promise<void> {
  await unwrapVoid(api.POST('/api/auth/password', { body: input }));
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changePassword,
    onSuccess: () => {
      // Lift the "must change password" gate at once, then confirm with the server.
      queryClient.setQueryData<Session | null>(authKeys.session, (session) =>
        session ? { ...session, user: { ...session.user, mustChangePassword: false } } : session,
      );
      return queryClient.invalidateQueries({ queryKey: authKeys.session });
    },
  });
}
