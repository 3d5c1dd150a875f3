import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { compact } from '../../../lib/form';
import { duplicateKeys } from './keys';
import type { DuplicateList, DuplicateQuery } from './types';

export function getDuplicates(query: DuplicateQuery, signal?: AbortSignal): Promise<DuplicateList> {
  return unwrap(api.GET('/api/registry/duplicates', { params: { query: compact(query) }, signal }));
}

export function duplicatesQueryOptions(query: DuplicateQuery) {
  return queryOptions({
    queryKey: duplicateKeys.list(query),
    queryFn: ({ signal }) => getDuplicates(query, signal),
  });
}

/** Candidate pairs of the user's centre, most likely duplicates first. */
export function useDuplicates(query: DuplicateQuery = {}) {
  return useQuery(duplicatesQueryOptions(query));
}
