import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { reportKeys } from './keys';
import type { CentreSummary } from './types';

export function getSummary(centreId: string | undefined, signal?: AbortSignal): Promise<CentreSummary> {
  return unwrap(
    api.GET('/api/registry/reports/summary', {
      params: { query: { format: 'json', ...(centreId ? { centreId } : {}) } },
      signal,
    }),
  ) as Promise<CentreSummary>;
}

export function summaryQueryOptions(centreId?: string) {
  return queryOptions({
    queryKey: reportKeys.summary(centreId),
    queryFn: ({ signal }) => getSummary(centreId, signal),
  });
}

/** The centre summary: every figure with its rule, source and contributing businesses. */
export function useSummary(centreId?: string) {
  return useQuery(summaryQueryOptions(centreId));
}
