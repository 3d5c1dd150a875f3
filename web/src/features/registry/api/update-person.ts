import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { refreshBusiness } from './refresh-business';
import type { Person, PersonPatch } from './types';

export interface UpdatePersonInput {
  businessId: string;
  personId: string;
  body: PersonPatch;
}

export function updatePerson({ businessId, personId, body }: UpdatePersonInput): Promise<Person> {
  return unwrap(
    api.PATCH('/api/registry/businesses/{id}/people/{childId}', {
      params: { path: { id: businessId, childId: personId } },
      body,
    }),
  );
}

export function useUpdatePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePerson,
    onSuccess: (_data, input) => refreshBusiness(queryClient, input.businessId),
  });
}
