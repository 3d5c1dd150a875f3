import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { projectKeys } from './keys';
import type { BoqItem } from './types';

/** The RAB items in file order, with their weight (bobot) and week shares. */
export function getBoq(id: string, signal?: AbortSignal): Promise<BoqItem[]> {
  return unwrap(api.GET('/api/projects/{id}/boq', { params: { path: { id } }, signal }));
}

export function boqQueryOptions(id: string) {
  return queryOptions({
    queryKey: projectKeys.boq(id),
    queryFn: ({ signal }) => getBoq(id, signal),
  });
}

export function useBoq(id: string) {
  return useQuery(boqQueryOptions(id));
}
