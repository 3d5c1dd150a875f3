import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { registryKeys } from './keys';
import type { BusinessDetail } from './types';

export function getBusiness(id: string, signal?: AbortSignal): Promise<BusinessDetail> {
  return unwrap(api.GET('/api/registry/businesses/{id}', { params: { path: { id } }, signal }));
}

export function businessQueryOptions(id: string) {
  return queryOptions({
    queryKey: registryKeys.detail(id),
    queryFn: ({ signal }) => getBusiness(id, signal),
  });
}

export function useBusiness(id: string) {
  return useQuery(businessQueryOptions(id));
}
