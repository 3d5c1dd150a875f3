import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { putImages, refreshMotif } from './refresh-motif';
import type { MotifImage } from './types';

export interface UpdateMotifImageInput {
  motifId: string;
  imageId: string;
  body: { caption?: string | null; isPrimary?: true };
}

/** Changes a caption, or makes the image the motif's primary one (the list's thumbnail). */
export function updateMotifImage({ motifId, imageId, body }: UpdateMotifImageInput): Promise<MotifImage[]> {
  return unwrap(
    api.PATCH('/api/motifs/{id}/images/{childId}', {
      params: { path: { id: motifId, childId: imageId } },
      body,
    }),
  );
}

export function useUpdateMotifImage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMotifImage,
    onSuccess: (images, input) => {
      putImages(queryClient, input.motifId, images);
      return refreshMotif(queryClient, input.motifId);
    },
  });
}
