import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { motifKeys } from './keys';
import type { BusinessOption } from './types';

/** The API's largest page: a centre's batik businesses fit; beyond that the form says so. */
export const BUSINESS_OPTIONS_LIMIT = 100;

export interface BusinessOptions {
  items: BusinessOption[];
  total: number;
}

/** The businesses a motif may belong to (the owner select of officers and admins). */
export async function getBusinessOptions(signal?: AbortSignal): Promise<BusinessOptions> {
  const { items, total } = await unwrap(
    api.GET('/api/registry/businesses', {
      params: { query: { sort: 'name', page: 1, pageSize: BUSINESS_OPTIONS_LIMIT } },
      signal,
    }),
  );
  return { items, total };
}

export function businessOptionsQueryOptions() {
  return queryOptions({
    queryKey: motifKeys.businessOptions(),
    queryFn: ({ signal }) => getBusinessOptions(signal),
  });
}

/** Admin and officer only: pass `enabled: false` for the others. */
export function useBusinessOptions({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...businessOptionsQueryOptions(), enabled });
}
