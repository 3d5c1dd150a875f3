import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { compact } from '../../../lib/form';
import { registryKeys } from './keys';
import type { BusinessList, BusinessQuery } from './types';

/** Staff get their centre's businesses; an artisan gets only their own. */
export function getBusinesses(query: BusinessQuery, signal?: AbortSignal): Promise<BusinessList> {
  return unwrap(api.GET('/api/registry/businesses', { params: { query: compact(query) }, signal }));
}

export function businessesQueryOptions(query: BusinessQuery) {
  return queryOptions({
    queryKey: registryKeys.list(query),
    queryFn: ({ signal }) => getBusinesses(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useBusinesses(query: BusinessQuery) {
  return useQuery(businessesQueryOptions(query));
}
