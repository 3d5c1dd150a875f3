import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { putContract, refreshProject } from './refresh-project';
import type { Contract, UpdateContractBody } from './types';

export interface UpdateContractInput {
  id: string;
  /** Only what changed. */
  body: UpdateContractBody;
}

export function updateContract({ id, body }: UpdateContractInput): Promise<Contract> {
  return unwrap(api.PATCH('/api/projects/{id}', { params: { path: { id } }, body }));
}

export function useUpdateContract() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateContract,
    onSuccess: (contract) => {
      putContract(queryClient, contract);
      return refreshProject(queryClient, contract.id);
    },
  });
}
