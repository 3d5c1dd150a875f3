import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { refreshProject } from './refresh-project';
import type { WeeklyReport } from './types';

export interface ApproveReportInput {
  contractId: string;
  reportId: string;
}

/** The supervisor's approval: the report (and the contract's RAB) are locked from then on. */
export function approveReport({ contractId, reportId }: ApproveReportInput): Promise<WeeklyReport> {
  return unwrap(
    api.POST('/api/projects/{id}/reports/{childId}/approve', {
      params: { path: { id: contractId, childId: reportId } },
    }),
  );
}

export function useApproveReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: approveReport,
    onSuccess: (_report, input) => refreshProject(queryClient, input.contractId),
  });
}
