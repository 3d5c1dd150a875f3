import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { saveResponse } from './save-file';

export function downloadSummary(centreId?: string): Promise<void> {
  return saveResponse(
    api.GET('/api/registry/reports/summary', {
      params: { query: { format: 'xlsx', ...(centreId ? { centreId } : {}) } },
      parseAs: 'blob',
    }),
    'ringkasan-sentra.xlsx',
  );
}

/** "Unduh ringkasan (xlsx)": the figures and their "Jejak" sheet. */
export function useDownloadSummary() {
  return useMutation({ mutationFn: (centreId?: string) => downloadSummary(centreId) });
}
