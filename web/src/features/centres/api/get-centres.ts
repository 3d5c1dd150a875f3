import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Centre } from '../../../api/types';
import { api, unwrap } from '../../../lib/api-client';
import { centreKeys } from './keys';

/** All centres for an admin; the user's own centre for everyone else. */
export async function getCentres(): Promise<Centre[]> {
  const { items } = await unwrap(api.GET('/api/centres'));
  return items;
}

export function centresQueryOptions() {
  return queryOptions({ queryKey: centreKeys.list(), queryFn: getCentres });
}

export function useCentres(options: { enabled?: boolean } = {}) {
  return useQuery({ ...centresQueryOptions(), enabled: options.enabled ?? true });
}
