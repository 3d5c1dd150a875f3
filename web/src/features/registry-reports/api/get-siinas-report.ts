import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { reportKeys } from './keys';
import type { Period, SiinasReport } from './types';

export function getSiinasReport(
  period: Period,
  centreId: string | undefined,
  signal?: AbortSignal,
): Promise<SiinasReport> {
  return unwrap(
    api.GET('/api/registry/reports/siinas', {
      params: { query: { ...period, format: 'json', ...(centreId ? { centreId } : {}) } },
      signal,
    }),
  ) as Promise<SiinasReport>;
}

export function siinasReportQueryOptions(period: Period, centreId?: string) {
  return queryOptions({
    queryKey: reportKeys.siinas(period, centreId),
    queryFn: ({ signal }) => getSiinasReport(period, centreId, signal),
    placeholderData: keepPreviousData,
  });
}

/** The SIINas semester report: businesses with a verified report, and those still missing. */
export function useSiinasReport(period: Period, options: { centreId?: string; enabled?: boolean } = {}) {
  return useQuery({
    ...siinasReportQueryOptions(period, options.centreId),
    enabled: options.enabled ?? true,
  });
}
