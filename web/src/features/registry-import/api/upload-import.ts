import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { fetchWithUploadProgress } from '../../../lib/fetch-with-progress';
import { importKeys } from './keys';
import type { ImportPreview } from './types';

/** The server refuses more; checking first spares a phone on mobile data a useless upload. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export interface UploadImportInput {
  file: File;
  onProgress: (fraction: number) => void;
}

/** Uploads the spreadsheet (field `file`) and returns the preview; nothing is saved yet. */
export function uploadImport({ file, onProgress }: UploadImportInput): Promise<ImportPreview> {
  const form = new FormData();
  form.append('file', file, file.name);
  return unwrap(
    api.POST('/api/registry/import', {
      // multipart/form-data: FormData passes through and the browser sets the boundary.
      body: form as never,
      fetch: fetchWithUploadProgress(onProgress),
    }),
  );
}

export function useUploadImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadImport,
    onSuccess: (preview) => queryClient.setQueryData(importKeys.detail(preview.importId), preview),
  });
}
