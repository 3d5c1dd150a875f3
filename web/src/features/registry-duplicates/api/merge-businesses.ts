import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { duplicateKeys } from './keys';
import type { MergeBody, MergeResult } from './types';

export function mergeBusinesses(body: MergeBody): Promise<MergeResult> {
  return unwrap(api.POST('/api/registry/duplicates/merge', { body }));
}

/** Merges one record into the other; every cached view of the registry is stale afterwards. */
export function useMergeBusinesses() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: mergeBusinesses,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: duplicateKeys.all }),
        queryClient.invalidateQueries({ queryKey: ['registry'] }),
        queryClient.invalidateQueries({ queryKey: ['registry-reports'] }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]),
  });
}
