import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { putIpRecord, refreshMotif } from './refresh-motif';
import type { IpRecord, UpdateIpRecordBody } from './types';

export interface UpdateIpRecordInput {
  motifId: string;
  recordId: string;
  /** Only what changed; the kind and the status are not edited here. */
  body: UpdateIpRecordBody;
}

export function updateIpRecord({ motifId, recordId, body }: UpdateIpRecordInput): Promise<IpRecord> {
  return unwrap(
    api.PATCH('/api/motifs/{id}/ip-records/{childId}', {
      params: { path: { id: motifId, childId: recordId } },
      body,
    }),
  );
}

export function useUpdateIpRecord() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateIpRecord,
    onSuccess: (record, input) => {
      putIpRecord(queryClient, input.motifId, record);
      return refreshMotif(queryClient, input.motifId);
    },
  });
}
