import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { refreshBusiness } from './refresh-business';
import type { Certification, CertificationPatch } from './types';

export interface UpdateCertificationInput {
  businessId: string;
  certificationId: string;
  body: CertificationPatch;
}

export function updateCertification({
  businessId,
  certificationId,
  body,
}: UpdateCertificationInput): Promise<Certification> {
  return unwrap(
    api.PATCH('/api/registry/businesses/{id}/certifications/{childId}', {
      params: { path: { id: businessId, childId: certificationId } },
      body,
    }),
  );
}

export function useUpdateCertification() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateCertification,
    onSuccess: (_data, input) => refreshBusiness(queryClient, input.businessId),
  });
}
