import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import type { Period } from '../lib/semester';
import { refreshBusiness } from './refresh-business';
import type { Report } from './types';

export interface ReportPeriodInput {
  businessId: string;
  period: Period;
}

/** Draft → submitted; the server refuses a report without workers and production. */
export function submitReport({ businessId, period }: ReportPeriodInput): Promise<Report> {
  return unwrap(
    api.POST('/api/registry/businesses/{id}/reports/{year}/{semester}/submit', {
      params: { path: { id: businessId, ...period } },
    }),
  );
}

export function useSubmitReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitReport,
    onSuccess: (_data, input) => refreshBusiness(queryClient, input.businessId),
  });
}
