import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { putIpRecord, refreshMotif } from './refresh-motif';
import type { IpRecord, RecordingRequestBody } from './types';

export interface RequestRecordingInput {
  motifId: string;
  body: RecordingRequestBody;
}

/**
 * The artisan asks the Dinas to help record the motif: an IP record in status "requested" that an
 * officer takes up. 409 when one of that kind is already open.
 */
export function requestRecording({ motifId, body }: RequestRecordingInput): Promise<IpRecord> {
  return unwrap(api.POST('/api/motifs/{id}/recording-requests', { params: { path: { id: motifId } }, body }));
}

export function useRequestRecording() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: requestRecording,
    onSuccess: (record, input) => {
      putIpRecord(queryClient, input.motifId, record);
      return refreshMotif(queryClient, input.motifId);
    },
  });
}
