import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { putIpRecord, refreshMotif } from './refresh-motif';
import type { IpRecord, IpStatusChangeBody } from './types';

export interface ChangeIpStatusInput {
  motifId: string;
  recordId: string;
  body: IpStatusChangeBody;
}

/**
 * Moves a record along (requested → draft → filed → recorded; rejected; expired). A move the
 * process does not allow answers 409; one that lacks fields answers 400 naming them.
 */
export function changeIpStatus({ motifId, recordId, body }: ChangeIpStatusInput): Promise<IpRecord> {
  return unwrap(
    api.POST('/api/motifs/{id}/ip-records/{childId}/status', {
      params: { path: { id: motifId, childId: recordId } },
      body,
    }),
  );
}

export function useChangeIpStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changeIpStatus,
    onSuccess: (record, input) => {
      putIpRecord(queryClient, input.motifId, record);
      return refreshMotif(queryClient, input.motifId);
    },
  });
}
