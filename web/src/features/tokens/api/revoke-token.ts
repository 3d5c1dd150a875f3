import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrapVoid } from '../../../lib/api-client';
import { tokenKeys } from './keys';

export async function revokeToken(id: string): Promise<void> {
  await unwrapVoid(api.POST('/api/tokens/{id}/revoke', { params: { path: { id } } }));
}

export function useRevokeToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeToken,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: tokenKeys.list() }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]),
  });
}
