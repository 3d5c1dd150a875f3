import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrapVoid } from '../../../lib/api-client';
import { refreshBusiness } from './refresh-business';

export interface DeleteCertificationInput {
  businessId: string;
  certificationId: string;
}

export function deleteCertification({
  businessId,
  certificationId,
}: DeleteCertificationInput): Promise<void> {
  return unwrapVoid(
    api.DELETE('/api/registry/businesses/{id}/certifications/{childId}', {
      params: { path: { id: businessId, childId: certificationId } },
    }),
  );
}

export function useDeleteCertification() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteCertification,
    onSuccess: (_data, input) => refreshBusiness(queryClient, input.businessId),
  });
}
