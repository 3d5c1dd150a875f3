import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { refreshBusiness } from './refresh-business';
import type { Certification, CertificationBody } from './types';

export interface CreateCertificationInput {
  businessId: string;
  body: CertificationBody;
}

export function createCertification({ businessId, body }: CreateCertificationInput): Promise<Certification> {
  return unwrap(
    api.POST('/api/registry/businesses/{id}/certifications', { params: { path: { id: businessId } }, body }),
  );
}

export function useCreateCertification() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCertification,
    onSuccess: (_data, input) => refreshBusiness(queryClient, input.businessId),
  });
}
