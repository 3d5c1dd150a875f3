import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { saveResponse } from './save-file';
import type { Period } from './types';

export interface DownloadSiinasInput {
  period: Period;
  centreId?: string;
}

export function downloadSiinasReport({ period, centreId }: DownloadSiinasInput): Promise<void> {
  return saveResponse(
    api.GET('/api/registry/reports/siinas', {
      params: { query: { ...period, format: 'xlsx', ...(centreId ? { centreId } : {}) } },
      parseAs: 'blob',
    }),
    `laporan-siinas-${period.year}-s${period.semester}.xlsx`,
  );
}

/** "Unduh laporan SIINas (xlsx)". */
export function useDownloadSiinasReport() {
  return useMutation({ mutationFn: downloadSiinasReport });
}
