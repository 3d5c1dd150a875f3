import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Centre } from '../../../api/types';
import { api, unwrap } from '../../../lib/api-client';
import { centreKeys } from './keys';

export function getCentre(id: string): Promise<Centre> {
  return unwrap(api.GET('/api/centres/{id}', { params: { path: { id } } }));
}

export function centreQueryOptions(id: string) {
  return queryOptions({ queryKey: centreKeys.detail(id), queryFn: () => getCentre(id) });
}

export function useCentre(id: string | null | undefined) {
  return useQuery({ ...centreQueryOptions(id ?? ''), enabled: Boolean(id) });
}
