import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { registryKeys } from './keys';
import { refreshBusiness } from './refresh-business';
import type { BusinessDetail, Consent, ConsentBody } from './types';

export interface SetConsentInput {
  businessId: string;
  body: ConsentBody;
}

/** Records consent (or its withdrawal) for one group of fields; returns the four current ones. */
export function setConsent({ businessId, body }: SetConsentInput): Promise<Consent[]> {
  return unwrap(
    api.PUT('/api/registry/businesses/{id}/consents', { params: { path: { id: businessId } }, body }),
  );
}

export function useSetConsent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setConsent,
    onSuccess: (consents, input) => {
      queryClient.setQueryData<BusinessDetail>(registryKeys.detail(input.businessId), (old) =>
        old ? { ...old, consents } : old,
      );
      return refreshBusiness(queryClient, input.businessId);
    },
  });
}
