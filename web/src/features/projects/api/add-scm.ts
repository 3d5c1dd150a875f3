import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { putContract, refreshProject } from './refresh-project';
import type { Contract, ScmBody } from './types';

export interface AddScmInput {
  contractId: string;
  body: ScmBody;
}

/** Show Cause Meeting I–III with its test case; stage II or III only after the previous test case failed (409). */
export function addScm({ contractId, body }: AddScmInput): Promise<Contract> {
  return unwrap(api.POST('/api/projects/{id}/scm', { params: { path: { id: contractId } }, body }));
}

export function useAddScm() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addScm,
    onSuccess: (contract) => {
      putContract(queryClient, contract);
      return refreshProject(queryClient, contract.id);
    },
  });
}
