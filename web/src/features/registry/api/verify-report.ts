import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { refreshBusiness } from './refresh-business';
import type { ReportPeriodInput } from './submit-report';
import type { Report } from './types';

/** Submitted → verified (admin, officer); its figures become the business's current figures. */
export function verifyReport({ businessId, period }: ReportPeriodInput): Promise<Report> {
  return unwrap(
    api.POST('/api/registry/businesses/{id}/reports/{year}/{semester}/verify', {
      params: { path: { id: businessId, ...period } },
    }),
  );
}

export function useVerifyReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: verifyReport,
    onSuccess: (_data, input) => refreshBusiness(queryClient, input.businessId),
  });
}
