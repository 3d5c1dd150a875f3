import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Wilayah } from '../../../api/types';
import { api, unwrap } from '../../../lib/api-client';
import { compact } from '../../../lib/form';
import { wilayahKeys } from './keys';

export interface WilayahSearch {
  /** Part of the name, e.g. "gedangan". */
  q: string;
  /** Code prefix that limits the search, e.g. "35.76" (one kota/kabupaten). */
  within?: string | undefined;
}

export async function searchWilayah({ q, within }: WilayahSearch, signal?: AbortSignal): Promise<Wilayah[]> {
  const { items } = await unwrap(
    api.GET('/api/reference/wilayah', { params: { query: compact({ q, code: within }) }, signal }),
  );
  return items;
}

export function wilayahSearchQueryOptions(search: WilayahSearch) {
  return queryOptions({
    queryKey: wilayahKeys.search(search.q, search.within ?? ''),
    queryFn: ({ signal }) => searchWilayah(search, signal),
    // Region names do not change while the app is open.
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** Searches once the text has at least 3 characters. */
export function useWilayahSearch(search: WilayahSearch) {
  return useQuery({
    ...wilayahSearchQueryOptions(search),
    enabled: search.q.length >= 3,
    placeholderData: keepPreviousData,
  });
}
