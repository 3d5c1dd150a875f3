import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { importKeys } from './keys';
import type { ImportCommitResult, ImportMode } from './types';

export interface CommitImportInput {
  importId: string;
  mode: ImportMode;
}

/** Writes the previewed rows in one transaction: all valid rows, or nothing unless all are valid. */
export function commitImport({ importId, mode }: CommitImportInput): Promise<ImportCommitResult> {
  return unwrap(
    api.POST('/api/registry/import/{id}/commit', { params: { path: { id: importId } }, body: { mode } }),
  );
}

export function useCommitImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: commitImport,
    onSuccess: (_result, input) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: importKeys.detail(input.importId) }),
        // The list, details and counts of the registry now show the imported businesses.
        queryClient.invalidateQueries({ queryKey: ['registry'] }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]),
  });
}
