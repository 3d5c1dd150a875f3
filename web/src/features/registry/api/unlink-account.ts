import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrapVoid } from '../../../lib/api-client';
import { registryKeys } from './keys';
import type { AccountInput } from './link-account';

/** The artisan's login no longer acts for the business (the account itself stays). */
export function unlinkAccount({ businessId, userId }: AccountInput): Promise<void> {
  return unwrapVoid(
    api.DELETE('/api/registry/businesses/{id}/accounts/{userId}', {
      params: { path: { id: businessId, userId } },
    }),
  );
}

export function useUnlinkAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: unlinkAccount,
    onSuccess: (_data, input) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: registryKeys.accounts(input.businessId) }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]),
  });
}
