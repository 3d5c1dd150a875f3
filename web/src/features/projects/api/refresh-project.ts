import type { QueryClient } from '@tanstack/react-query';
import { projectKeys } from './keys';
import type { Contract } from './types';

/**
 * After any change to a contract (its records, RAB, weekly reports): the detail, the status
 * (S-curve, kritis, penalty, DAK) and the list's latest progress may all differ.
 */
export function refreshProject(queryClient: QueryClient, contractId: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: projectKeys.contract(contractId) }),
    queryClient.invalidateQueries({ queryKey: projectKeys.lists() }),
    queryClient.invalidateQueries({ queryKey: ['audit'] }),
  ]);
}

/** Puts the contract the server answered with into the cache, before the refetch. */
export function putContract(queryClient: QueryClient, contract: Contract) {
  queryClient.setQueryData(projectKeys.detail(contract.id), contract);
}
