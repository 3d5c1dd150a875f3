import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrapVoid } from '../../../lib/api-client';
import { refreshBusiness } from './refresh-business';

export interface DeletePersonInput {
  businessId: string;
  personId: string;
}

export function deletePerson({ businessId, personId }: DeletePersonInput): Promise<void> {
  return unwrapVoid(
    api.DELETE('/api/registry/businesses/{id}/people/{childId}', {
      params: { path: { id: businessId, childId: personId } },
    }),
  );
}

export function useDeletePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deletePerson,
    onSuccess: (_data, input) => refreshBusiness(queryClient, input.businessId),
  });
}
