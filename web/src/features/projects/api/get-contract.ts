import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { projectKeys } from './keys';
import type { Contract } from './types';

/** The contract with its addenda, SCM, warning letters, payments, DAK transfers and documents. */
export function getContract(id: string, signal?: AbortSignal): Promise<Contract> {
  return unwrap(api.GET('/api/projects/{id}', { params: { path: { id } }, signal }));
}

export function contractQueryOptions(id: string) {
  return queryOptions({
    queryKey: projectKeys.detail(id),
    queryFn: ({ signal }) => getContract(id, signal),
  });
}

export function useContract(id: string) {
  return useQuery(contractQueryOptions(id));
}
