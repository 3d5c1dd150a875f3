import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { putContract, refreshProject } from './refresh-project';
import type { Contract, PaymentBody } from './types';

export interface AddPaymentInput {
  contractId: string;
  body: PaymentBody;
}

/** A payment (uang muka, termin) with its SP2D; refused above the contract value or for an SP2D already recorded. */
export function addPayment({ contractId, body }: AddPaymentInput): Promise<Contract> {
  return unwrap(api.POST('/api/projects/{id}/payments', { params: { path: { id: contractId } }, body }));
}

export function useAddPayment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addPayment,
    onSuccess: (contract) => {
      putContract(queryClient, contract);
      return refreshProject(queryClient, contract.id);
    },
  });
}
