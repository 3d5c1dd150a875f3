import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrapVoid } from '../../../lib/api-client';
import { registryKeys } from './keys';

export interface AccountInput {
  businessId: string;
  userId: string;
}

/** Lets an artisan's login act for the business: they then see and edit it, and send its reports. */
export function linkAccount({ businessId, userId }: AccountInput): Promise<void> {
  return unwrapVoid(
    api.POST('/api/registry/businesses/{id}/accounts', {
      params: { path: { id: businessId } },
      body: { userId },
    }),
  );
}

export function useLinkAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: linkAccount,
    onSuccess: (_data, input) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: registryKeys.accounts(input.businessId) }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]),
  });
}
