import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { duplicateKeys } from './keys';
import type { Dismissal, DismissBody } from './types';

export function dismissDuplicate(body: DismissBody): Promise<Dismissal> {
  return unwrap(api.POST('/api/registry/duplicates/dismiss', { body }));
}

/** "Bukan duplikat": the pair is stored as reviewed and no longer offered. */
export function useDismissDuplicate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: dismissDuplicate,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: duplicateKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]),
  });
}
