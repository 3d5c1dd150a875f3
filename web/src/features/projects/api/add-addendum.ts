import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { putContract, refreshProject } from './refresh-project';
import type { AddendumBody, Contract } from './types';

export interface AddAddendumInput {
  contractId: string;
  body: AddendumBody;
}

/** A time, value or pemberian kesempatan addendum; a time addendum moves the end date (and the weeks). */
export function addAddendum({ contractId, body }: AddAddendumInput): Promise<Contract> {
  return unwrap(api.POST('/api/projects/{id}/addenda', { params: { path: { id: contractId } }, body }));
}

export function useAddAddendum() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addAddendum,
    onSuccess: (contract) => {
      putContract(queryClient, contract);
      return refreshProject(queryClient, contract.id);
    },
  });
}
