import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { duplicateKeys } from './keys';
import type { BusinessDetail } from './types';

export function getBusinessDetail(id: string, signal?: AbortSignal): Promise<BusinessDetail> {
  return unwrap(api.GET('/api/registry/businesses/{id}', { params: { path: { id } }, signal }));
}

export function businessDetailQueryOptions(id: string) {
  return queryOptions({
    queryKey: duplicateKeys.business(id),
    queryFn: ({ signal }) => getBusinessDetail(id, signal),
  });
}

/** The full record of one side of a pair, to compare field by field before a merge. */
export function useBusinessDetail(id: string, enabled = true) {
  return useQuery({ ...businessDetailQueryOptions(id), enabled });
}
