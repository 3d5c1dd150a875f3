import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { putContract, refreshProject } from './refresh-project';
import type { Contract, DakTransferBody } from './types';

export interface AddDakTransferInput {
  contractId: string;
  body: DakTransferBody;
}

/** DAK funds received in the RKUD for a tranche (tahap I–III). */
export function addDakTransfer({ contractId, body }: AddDakTransferInput): Promise<Contract> {
  return unwrap(api.POST('/api/projects/{id}/dak-transfers', { params: { path: { id: contractId } }, body }));
}

export function useAddDakTransfer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addDakTransfer,
    onSuccess: (contract) => {
      putContract(queryClient, contract);
      return refreshProject(queryClient, contract.id);
    },
  });
}
