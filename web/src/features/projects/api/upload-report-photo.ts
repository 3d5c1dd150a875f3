import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { fetchWithUploadProgress } from '../../../lib/fetch-with-progress';
import { projectKeys } from './keys';
import { refreshProject } from './refresh-project';
import type { WeeklyReport } from './types';

/** The server refuses more; checking first spares a phone on mobile data a useless upload. */
export const MAX_PHOTO_BYTES = 20 * 1024 * 1024;
export const PHOTO_ACCEPT = 'image/jpeg,image/png,image/webp';

export interface UploadReportPhotoInput {
  contractId: string;
  reportId: string;
  file: File;
  itemId?: string | undefined;
  caption?: string | undefined;
  onProgress: (fraction: number) => void;
}

/**
 * Field `file` (JPEG, PNG or WebP), with optional `itemId` and `caption`. The server keeps the
 * bytes as sent with their SHA-256, the camera's time and GPS, and answers with the report.
 */
export function uploadReportPhoto({
  contractId,
  reportId,
  file,
  itemId,
  caption,
  onProgress,
}: UploadReportPhotoInput): Promise<WeeklyReport> {
  const form = new FormData();
  // Text fields first: the server reads them along with the file part.
  if (itemId) form.append('itemId', itemId);
  if (caption) form.append('caption', caption);
  form.append('file', file, file.name);
  return unwrap(
    api.POST('/api/projects/{id}/reports/{childId}/photos', {
      params: { path: { id: contractId, childId: reportId } },
      // multipart/form-data: openapi-fetch passes FormData through and the browser sets the boundary.
      body: form as never,
      fetch: fetchWithUploadProgress(onProgress),
    }),
  );
}

export function useUploadReportPhoto() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadReportPhoto,
    onSuccess: (report, input) => {
      queryClient.setQueryData<WeeklyReport[]>(projectKeys.reports(input.contractId), (old) =>
        old?.map((r) => (r.id === report.id ? report : r)),
      );
      return refreshProject(queryClient, input.contractId);
    },
  });
}
