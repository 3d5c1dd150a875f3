import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { registryKeys } from './keys';
import type { Kbli } from './types';

/** KBLI 2020 codes for small industry; a business uses the 5-digit ones (kelompok). */
export async function getKbli(signal?: AbortSignal): Promise<Kbli[]> {
  const { items } = await unwrap(api.GET('/api/reference/kbli', { signal }));
  return items.filter((item) => /^\d{5}$/.test(item.code));
}

export function kbliQueryOptions() {
  return queryOptions({
    queryKey: registryKeys.kbli,
    queryFn: ({ signal }) => getKbli(signal),
    // Reference data does not change while the app is open.
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useKbli() {
  return useQuery(kbliQueryOptions());
}
