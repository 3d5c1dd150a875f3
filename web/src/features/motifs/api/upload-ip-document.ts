import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { putIpRecord, refreshMotif } from './refresh-motif';
import type { IpDocumentLabel, IpRecord } from './types';

export const MAX_IP_DOCUMENT_BYTES = 10 * 1024 * 1024;
export const IP_DOCUMENT_ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

export interface UploadIpDocumentInput {
  motifId: string;
  recordId: string;
  file: File;
  label: IpDocumentLabel;
}

/** Field `file` (PDF, PNG or JPEG up to 10 MB) and `label`: the certificate or a filing form. */
export function uploadIpDocument({
  motifId,
  recordId,
  file,
  label,
}: UploadIpDocumentInput): Promise<IpRecord> {
  const form = new FormData();
  form.append('label', label);
  form.append('file', file, file.name);
  return unwrap(
    api.POST('/api/motifs/{id}/ip-records/{childId}/documents', {
      params: { path: { id: motifId, childId: recordId } },
      // multipart/form-data: openapi-fetch passes FormData through and the browser sets the boundary.
      body: form as never,
    }),
  );
}

export function useUploadIpDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadIpDocument,
    onSuccess: (record, input) => {
      putIpRecord(queryClient, input.motifId, record);
      return refreshMotif(queryClient, input.motifId);
    },
  });
}
