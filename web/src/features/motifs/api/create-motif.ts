import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { motifKeys } from './keys';
import { refreshMotif } from './refresh-motif';
import type { CreateMotifBody, Motif } from './types';

export interface CreateMotifInput {
  body: CreateMotifBody;
  /** Only for an admin, whose account is not tied to one centre. */
  centreId?: string | undefined;
}

/** An artisan's motif goes to their own business; officers choose the business (or none). */
export function createMotif({ body, centreId }: CreateMotifInput): Promise<Motif> {
  return unwrap(api.POST('/api/motifs', { params: { query: centreId ? { centreId } : {} }, body }));
}

export function useCreateMotif() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createMotif,
    onSuccess: (motif) => {
      queryClient.setQueryData(motifKeys.detail(motif.id), motif);
      return refreshMotif(queryClient, motif.id);
    },
  });
}
