import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { refreshBusiness } from './refresh-business';
import type { Certification } from './types';

export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
export const DOCUMENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'];

export interface UploadCertificationDocumentInput {
  businessId: string;
  certificationId: string;
  file: File;
}

/** Field `file`: PDF, JPEG or PNG up to 10 MB. */
export function uploadCertificationDocument({
  businessId,
  certificationId,
  file,
}: UploadCertificationDocumentInput): Promise<Certification> {
  const form = new FormData();
  form.append('file', file, file.name);
  return unwrap(
    api.POST('/api/registry/businesses/{id}/certifications/{childId}/document', {
      params: { path: { id: businessId, childId: certificationId } },
      // multipart/form-data: openapi-fetch passes FormData through and the browser sets the boundary.
      body: form as never,
    }),
  );
}

export function useUploadCertificationDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadCertificationDocument,
    onSuccess: (_data, input) => refreshBusiness(queryClient, input.businessId),
  });
}
