import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { projectKeys } from './keys';
import type { ProjectStatus } from './types';

/**
 * The S-curve weeks (plan, actual, deviation, the kritis evaluation of each reported week), the
 * latest evaluation, forecast, penalty, escalation step, money and DAK checks, as of today (WIB).
 */
export function getProjectStatus(id: string, signal?: AbortSignal): Promise<ProjectStatus> {
  return unwrap(api.GET('/api/projects/{id}/status', { params: { path: { id }, query: {} }, signal }));
}

export function projectStatusQueryOptions(id: string) {
  return queryOptions({
    queryKey: projectKeys.status(id),
    queryFn: ({ signal }) => getProjectStatus(id, signal),
  });
}

export function useProjectStatus(id: string) {
  return useQuery(projectStatusQueryOptions(id));
}
