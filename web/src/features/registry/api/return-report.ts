import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { refreshBusiness } from './refresh-business';
import type { ReportPeriodInput } from './submit-report';
import type { Report } from './types';

export interface ReturnReportInput extends ReportPeriodInput {
  note: string;
}

/** Submitted → draft, with the officer's note for the artisan (admin, officer). */
export function returnReport({ businessId, period, note }: ReturnReportInput): Promise<Report> {
  return unwrap(
    api.POST('/api/registry/businesses/{id}/reports/{year}/{semester}/return', {
      params: { path: { id: businessId, ...period } },
      body: { note },
    }),
  );
}

export function useReturnReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: returnReport,
    onSuccess: (_data, input) => refreshBusiness(queryClient, input.businessId),
  });
}
