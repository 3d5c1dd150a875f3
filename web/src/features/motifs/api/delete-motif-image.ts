import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { putImages, refreshMotif } from './refresh-motif';
import type { MotifImage } from './types';

export interface DeleteMotifImageInput {
  motifId: string;
  imageId: string;
}

/** Refused (409) once the motif has a filed or recorded right: its images are evidence. */
export function deleteMotifImage({ motifId, imageId }: DeleteMotifImageInput): Promise<MotifImage[]> {
  return unwrap(
    api.DELETE('/api/motifs/{id}/images/{childId}', {
      params: { path: { id: motifId, childId: imageId } },
    }),
  );
}

export function useDeleteMotifImage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteMotifImage,
    onSuccess: (images, input) => {
      putImages(queryClient, input.motifId, images);
      return refreshMotif(queryClient, input.motifId);
    },
  });
}
