import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { refreshBusiness } from './refresh-business';
import type { Person, PersonBody } from './types';

export interface CreatePersonInput {
  businessId: string;
  body: PersonBody;
}

export function createPerson({ businessId, body }: CreatePersonInput): Promise<Person> {
  return unwrap(
    api.POST('/api/registry/businesses/{id}/people', { params: { path: { id: businessId } }, body }),
  );
}

export function useCreatePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPerson,
    onSuccess: (_data, input) => refreshBusiness(queryClient, input.businessId),
  });
}
