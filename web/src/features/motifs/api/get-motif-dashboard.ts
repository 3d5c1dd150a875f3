import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { motifKeys } from './keys';
import type { MotifDashboard } from './types';

/** The counts on top of `/motif`, in the same scope as the list (an artisan: their own motifs). */
export function getMotifDashboard(signal?: AbortSignal): Promise<MotifDashboard> {
  return unwrap(api.GET('/api/motifs/dashboard', { signal }));
}

export function motifDashboardQueryOptions() {
  return queryOptions({
    queryKey: motifKeys.dashboard(),
    queryFn: ({ signal }) => getMotifDashboard(signal),
  });
}

export function useMotifDashboard() {
  return useQuery(motifDashboardQueryOptions());
}
