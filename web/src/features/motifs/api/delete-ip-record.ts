import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrapVoid } from '../../../lib/api-client';
import { motifKeys } from './keys';
import { refreshMotif } from './refresh-motif';
import type { Motif } from './types';

export interface DeleteIpRecordInput {
  motifId: string;
  recordId: string;
}

/** Only a request or a draft may be withdrawn; a filed or recorded record is evidence. */
export function deleteIpRecord({ motifId, recordId }: DeleteIpRecordInput): Promise<void> {
  return unwrapVoid(
    api.DELETE('/api/motifs/{id}/ip-records/{childId}', {
      params: { path: { id: motifId, childId: recordId } },
    }),
  );
}

export function useDeleteIpRecord() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteIpRecord,
    onSuccess: (_data, input) => {
      queryClient.setQueryData<Motif>(motifKeys.detail(input.motifId), (old) =>
        old ? { ...old, ipRecords: old.ipRecords.filter((r) => r.id !== input.recordId) } : old,
      );
      return refreshMotif(queryClient, input.motifId);
    },
  });
}
