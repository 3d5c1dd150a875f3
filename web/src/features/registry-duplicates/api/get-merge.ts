import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { duplicateKeys } from './keys';
import type { MergeExplanation } from './types';

export function getMerge(id: string, signal?: AbortSignal): Promise<MergeExplanation> {
  return unwrap(api.GET('/api/registry/merges/{id}', { params: { path: { id } }, signal }));
}

export function mergeQueryOptions(id: string) {
  return queryOptions({ queryKey: duplicateKeys.merge(id), queryFn: ({ signal }) => getMerge(id, signal) });
}

/** Who merged what, when and why, and what moved. */
export function useMerge(id: string) {
  return useQuery(mergeQueryOptions(id));
}
