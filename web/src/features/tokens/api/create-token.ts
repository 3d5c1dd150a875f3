import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreatedToken, CreateTokenBody } from '../../../api/types';
import { api, unwrap } from '../../../lib/api-client';
import { tokenKeys } from './keys';

/** The secret comes back once, in `token`; only its prefix is listed afterwards. */
export function createToken(body: CreateTokenBody): Promise<CreatedToken> {
  return unwrap(api.POST('/api/tokens', { body }));
}

export function useCreateToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createToken,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: tokenKeys.list() }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]),
  });
}
