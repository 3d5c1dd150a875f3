import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import type { Period } from '../lib/semester';
import { refreshBusiness } from './refresh-business';
import type { Report, ReportBody } from './types';

export interface SaveReportInput {
  businessId: string;
  period: Period;
  body: ReportBody;
}

/** Creates or updates the semester's draft; a verified report is locked (409). */
export function saveReport({ businessId, period, body }: SaveReportInput): Promise<Report> {
  return unwrap(
    api.PUT('/api/registry/businesses/{id}/reports/{year}/{semester}', {
      params: { path: { id: businessId, ...period } },
      body,
    }),
  );
}

export function useSaveReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveReport,
    onSuccess: (_data, input) => refreshBusiness(queryClient, input.businessId),
  });
}
