import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { refreshProject } from './refresh-project';
import type { WeeklyReport, WeeklyReportBody } from './types';

export interface SaveReportInput {
  contractId: string;
  /** Absent: a new report. */
  reportId?: string | undefined;
  body: WeeklyReportBody;
}

/**
 * Creates a week's report, or changes a draft. The server refuses a week outside the contract, a
 * week already reported, progress going down or above 100, and any change to an approved report.
 */
export function saveReport({ contractId, reportId, body }: SaveReportInput): Promise<WeeklyReport> {
  if (reportId) {
    return unwrap(
      api.PUT('/api/projects/{id}/reports/{childId}', {
        params: { path: { id: contractId, childId: reportId } },
        body,
      }),
    );
  }
  return unwrap(api.POST('/api/projects/{id}/reports', { params: { path: { id: contractId } }, body }));
}

export function useSaveReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveReport,
    onSuccess: (_report, input) => refreshProject(queryClient, input.contractId),
  });
}
