import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { putContract, refreshProject } from './refresh-project';
import type { Contract, WarningLetterBody } from './types';

export interface AddWarningLetterInput {
  contractId: string;
  body: WarningLetterBody;
}

/** Surat peringatan SP1–SP3, in order (409 otherwise). */
export function addWarningLetter({ contractId, body }: AddWarningLetterInput): Promise<Contract> {
  return unwrap(
    api.POST('/api/projects/{id}/warning-letters', { params: { path: { id: contractId } }, body }),
  );
}

export function useAddWarningLetter() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addWarningLetter,
    onSuccess: (contract) => {
      putContract(queryClient, contract);
      return refreshProject(queryClient, contract.id);
    },
  });
}
