import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { projectKeys } from './keys';
import type { WeeklyReport } from './types';

/** The contract's weekly reports, by week, with their item progress and photos. */
export function getReports(id: string, signal?: AbortSignal): Promise<WeeklyReport[]> {
  return unwrap(api.GET('/api/projects/{id}/reports', { params: { path: { id } }, signal }));
}

export function reportsQueryOptions(id: string) {
  return queryOptions({
    queryKey: projectKeys.reports(id),
    queryFn: ({ signal }) => getReports(id, signal),
  });
}

export function useReports(id: string) {
  return useQuery(reportsQueryOptions(id));
}
