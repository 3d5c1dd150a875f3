import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { motifKeys } from './keys';
import { refreshMotif } from './refresh-motif';
import type { Motif, UpdateMotifBody } from './types';

export interface UpdateMotifInput {
  id: string;
  /** Only what changed; `creators`, when sent, is the whole list. */
  body: UpdateMotifBody;
}

export function updateMotif({ id, body }: UpdateMotifInput): Promise<Motif> {
  return unwrap(api.PATCH('/api/motifs/{id}', { params: { path: { id } }, body }));
}

export function useUpdateMotif() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMotif,
    onSuccess: (motif) => {
      queryClient.setQueryData(motifKeys.detail(motif.id), motif);
      return refreshMotif(queryClient, motif.id);
    },
  });
}
