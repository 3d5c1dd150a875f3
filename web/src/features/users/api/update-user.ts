import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UpdateUserBody, User } from '../../../api/types';
import { api, unwrap } from '../../../lib/api-client';
import { userKeys } from './keys';

export interface UpdateUserInput {
  id: string;
  body: UpdateUserBody;
}

export function updateUser({ id, body }: UpdateUserInput): Promise<User> {
  return unwrap(api.PATCH('/api/users/{id}', { params: { path: { id } }, body }));
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateUser,
    onSuccess: (user) => {
      queryClient.setQueryData(userKeys.detail(user.id), user);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: userKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
        // An admin may have edited their own account (name, role) shown in the header.
        queryClient.invalidateQueries({ queryKey: ['auth', 'session'] }),
      ]);
    },
  });
}
