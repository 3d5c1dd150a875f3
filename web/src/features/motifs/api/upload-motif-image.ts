import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { fetchWithUploadProgress } from '../../../lib/fetch-with-progress';
import { putImages, refreshMotif } from './refresh-motif';
import type { MotifImage } from './types';

/** The server refuses more; checking first spares a phone on mobile data a useless upload. */
export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;
export const IMAGE_ACCEPT = 'image/jpeg,image/png,image/webp';

export interface UploadMotifImageInput {
  motifId: string;
  file: File;
  caption?: string | undefined;
  onProgress: (fraction: number) => void;
}

/**
 * Field `file` (JPEG, PNG or WebP up to 20 MB) and an optional `caption`. The server keeps the
 * bytes as sent, with their SHA-256 and its own clock, and answers with the motif's images.
 */
export function uploadMotifImage({
  motifId,
  file,
  caption,
  onProgress,
}: UploadMotifImageInput): Promise<MotifImage[]> {
  const form = new FormData();
  // Text fields first: the server reads them along with the file part.
  if (caption) form.append('caption', caption);
  form.append('file', file, file.name);
  return unwrap(
    api.POST('/api/motifs/{id}/images', {
      params: { path: { id: motifId } },
      // multipart/form-data: openapi-fetch passes FormData through and the browser sets the boundary.
      body: form as never,
      fetch: fetchWithUploadProgress(onProgress),
    }),
  );
}

export function useUploadMotifImage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadMotifImage,
    onSuccess: (images, input) => {
      putImages(queryClient, input.motifId, images);
      return refreshMotif(queryClient, input.motifId);
    },
  });
}
