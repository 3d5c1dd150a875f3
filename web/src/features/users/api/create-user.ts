import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateUserBody, User } from '../../../api/types';
import { api, unwrap } from '../../../lib/api-client';
import { userKeys } from './keys';

export function createUser(body: CreateUserBody): Promise<User> {
  return unwrap(api.POST('/api/users', { body }));
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: (user) => {
      queryClient.setQueryData(userKeys.detail(user.id), user);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: userKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]);
    },
  });
}
