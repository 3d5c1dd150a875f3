import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { compact } from '../../../lib/form';
import { motifKeys } from './keys';
import type { MotifList, MotifQuery } from './types';

/** Staff get their centre's motifs; an artisan only their own business's. */
export function getMotifs(query: MotifQuery, signal?: AbortSignal): Promise<MotifList> {
  return unwrap(api.GET('/api/motifs', { params: { query: compact(query) }, signal }));
}

export function motifsQueryOptions(query: MotifQuery) {
  return queryOptions({
    queryKey: motifKeys.list(query),
    queryFn: ({ signal }) => getMotifs(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useMotifs(query: MotifQuery) {
  return useQuery(motifsQueryOptions(query));
}
