import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { registryKeys } from './keys';
import type { ArtisanAccount } from './types';

/** The artisan accounts of the business's centre, each marked whether it acts for this business. */
export function getAccounts(businessId: string, signal?: AbortSignal): Promise<ArtisanAccount[]> {
  return unwrap(
    api.GET('/api/registry/businesses/{id}/accounts', { params: { path: { id: businessId } }, signal }),
  );
}

export function accountsQueryOptions(businessId: string) {
  return queryOptions({
    queryKey: registryKeys.accounts(businessId),
    queryFn: ({ signal }) => getAccounts(businessId, signal),
  });
}

/** Admin and officer only (the server refuses the others): pass `enabled: false` for them. */
export function useAccounts(businessId: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...accountsQueryOptions(businessId), enabled });
}
