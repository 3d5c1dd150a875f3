import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { putIpRecord, refreshMotif } from './refresh-motif';
import type { CreateIpRecordBody, IpRecord } from './types';

export interface CreateIpRecordInput {
  motifId: string;
  body: CreateIpRecordBody;
}

/** Admin and officer: a new filing, or one recorded years ago entered with its numbers. */
export function createIpRecord({ motifId, body }: CreateIpRecordInput): Promise<IpRecord> {
  return unwrap(api.POST('/api/motifs/{id}/ip-records', { params: { path: { id: motifId } }, body }));
}

export function useCreateIpRecord() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createIpRecord,
    onSuccess: (record, input) => {
      putIpRecord(queryClient, input.motifId, record);
      return refreshMotif(queryClient, input.motifId);
    },
  });
}
