import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { putContract, refreshProject } from './refresh-project';
import type { Contract, ScmOutcomeBody } from './types';

export interface SetScmOutcomeInput {
  contractId: string;
  scmId: string;
  body: ScmOutcomeBody;
}

/** The test case of an SCM: berhasil (met) or gagal (failed, the warning letter follows). */
export function setScmOutcome({ contractId, scmId, body }: SetScmOutcomeInput): Promise<Contract> {
  return unwrap(
    api.POST('/api/projects/{id}/scm/{childId}/outcome', {
      params: { path: { id: contractId, childId: scmId } },
      body,
    }),
  );
}

export function useSetScmOutcome() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setScmOutcome,
    onSuccess: (contract) => {
      putContract(queryClient, contract);
      return refreshProject(queryClient, contract.id);
    },
  });
}
