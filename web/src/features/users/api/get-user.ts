import { type QueryClient, queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import type { User, UserList } from '../../../api/types';
import { api, unwrap } from '../../../lib/api-client';
import { userKeys } from './keys';

export function getUser(id: string, signal?: AbortSignal): Promise<User> {
  return unwrap(api.GET('/api/users/{id}', { params: { path: { id } }, signal }));
}

export function userQueryOptions(id: string) {
  return queryOptions({ queryKey: userKeys.detail(id), queryFn: ({ signal }) => getUser(id, signal) });
}

function findInLists(queryClient: QueryClient, id: string): User | undefined {
  for (const [, list] of queryClient.getQueriesData<UserList>({ queryKey: userKeys.lists() })) {
    const user = list?.items.find((item) => item.id === id);
    if (user) return user;
  }
  return undefined;
}

/** Opens at once from the list already loaded (no spinner), then refreshes from the server. */
export function useUser(id: string) {
  const queryClient = useQueryClient();
  return useQuery({
    ...userQueryOptions(id),
    placeholderData: () => findInLists(queryClient, id),
  });
}
