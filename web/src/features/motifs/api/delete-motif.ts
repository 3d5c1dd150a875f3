import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrapVoid } from '../../../lib/api-client';
import { motifKeys } from './keys';

/** A motif with a filed or recorded IP record is evidence: the server refuses (409). */
export function deleteMotif(id: string): Promise<void> {
  return unwrapVoid(api.DELETE('/api/motifs/{id}', { params: { path: { id } } }));
}

export function useDeleteMotif() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteMotif,
    onSuccess: (_data, id) => {
      queryClient.removeQueries({ queryKey: motifKeys.detail(id) });
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: motifKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: motifKeys.dashboard() }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]);
    },
  });
}
