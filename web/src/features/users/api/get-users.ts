import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { UserList, UserQuery } from '../../../api/types';
import { api, unwrap } from '../../../lib/api-client';
import { compact } from '../../../lib/form';
import { userKeys } from './keys';

export function getUsers(query: UserQuery, signal?: AbortSignal): Promise<UserList> {
  return unwrap(api.GET('/api/users', { params: { query: compact(query) }, signal }));
}

export function usersQueryOptions(query: UserQuery) {
  return queryOptions({
    queryKey: userKeys.list(query),
    queryFn: ({ signal }) => getUsers(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useUsers(query: UserQuery) {
  return useQuery(usersQueryOptions(query));
}
