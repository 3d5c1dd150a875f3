import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { fetchWithUploadProgress } from '../../../lib/fetch-with-progress';
import { refreshProject } from './refresh-project';
import type { BoqImportResult } from './types';

/** The server refuses more (10 MB); checking first spares a slow connection a useless upload. */
export const MAX_RAB_BYTES = 10 * 1024 * 1024;
export const RAB_ACCEPT = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface ImportBoqInput {
  contractId: string;
  file: File;
  /** false: only read the file and report (preview); true: replace the contract's RAB. */
  commit: boolean;
  onProgress: (fraction: number) => void;
}

/**
 * Field `file`: the RAB + kurva S workbook. The server keeps nothing between the preview and the
 * commit, so the commit sends the same file again. Problems are reported either way.
 */
export function importBoq({
  contractId,
  file,
  commit,
  onProgress,
}: ImportBoqInput): Promise<BoqImportResult> {
  const form = new FormData();
  form.append('file', file, file.name);
  return unwrap(
    api.POST('/api/projects/{id}/boq/import', {
      params: { path: { id: contractId }, query: { commit: String(commit) } },
      // multipart/form-data: openapi-fetch passes FormData through and the browser sets the boundary.
      body: form as never,
      fetch: fetchWithUploadProgress(onProgress),
    }),
  );
}

export function useImportBoq() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importBoq,
    onSuccess: (result, input) =>
      result.committed ? refreshProject(queryClient, input.contractId) : undefined,
  });
}
