import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { putContract, refreshProject } from './refresh-project';
import type { Contract, ContractBody } from './types';

export interface CreateContractInput {
  body: ContractBody;
  /** Only for an admin, whose account is not tied to one centre. */
  centreId?: string | undefined;
}

/** Records a contract for the officer's centre (an admin names the centre). */
export function createContract({ body, centreId }: CreateContractInput): Promise<Contract> {
  return unwrap(api.POST('/api/projects', { params: { query: centreId ? { centreId } : {} }, body }));
}

export function useCreateContract() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createContract,
    onSuccess: (contract) => {
      putContract(queryClient, contract);
      return refreshProject(queryClient, contract.id);
    },
  });
}
