import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiToken } from '../../../api/types';
import { api, unwrap } from '../../../lib/api-client';
import { tokenKeys } from './keys';

export async function getTokens(): Promise<ApiToken[]> {
  const { items } = await unwrap(api.GET('/api/tokens'));
  return items;
}

export function tokensQueryOptions() {
  return queryOptions({ queryKey: tokenKeys.list(), queryFn: getTokens });
}

export function useTokens() {
  return useQuery(tokensQueryOptions());
}
