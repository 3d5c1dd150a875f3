import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { motifKeys } from './keys';
import type { Motif } from './types';

export function getMotif(id: string, signal?: AbortSignal): Promise<Motif> {
  return unwrap(api.GET('/api/motifs/{id}', { params: { path: { id } }, signal }));
}

export function motifQueryOptions(id: string) {
  return queryOptions({
    queryKey: motifKeys.detail(id),
    queryFn: ({ signal }) => getMotif(id, signal),
  });
}

export function useMotif(id: string) {
  return useQuery(motifQueryOptions(id));
}
