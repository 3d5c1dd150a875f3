import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { projectKeys } from './keys';
import type { ContractSummary } from './types';

/** The centre's construction contracts, each with its latest reported week and kritis flag. */
export function getContracts(signal?: AbortSignal): Promise<ContractSummary[]> {
  return unwrap(api.GET('/api/projects', { signal }));
}

export function contractsQueryOptions() {
  return queryOptions({
    queryKey: projectKeys.lists(),
    queryFn: ({ signal }) => getContracts(signal),
  });
}

export function useContracts() {
  return useQuery(contractsQueryOptions());
}
