import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { registryKeys } from './keys';
import type { WilayahItem } from './types';

export interface Area {
  kecamatan: WilayahItem[];
  kelurahan: WilayahItem[];
}

const LEVEL_KECAMATAN = 3;
const LEVEL_KELURAHAN = 4;

/**
 * The kecamatan and kelurahan of one kota/kabupaten (`35.76`: Kota Mojokerto, 3 + 18). The API
 * returns at most 100 rows, deepest level first, so a large kabupaten may be cut short; the code
 * can still be typed.
 */
export async function getWilayahArea(regency: string, signal?: AbortSignal): Promise<Area> {
  const { items } = await unwrap(
    api.GET('/api/reference/wilayah', { params: { query: { code: `${regency}.`, limit: 100 } }, signal }),
  );
  const byCode = (a: WilayahItem, b: WilayahItem) => a.code.localeCompare(b.code);
  return {
    kecamatan: items.filter((w) => w.level === LEVEL_KECAMATAN).sort(byCode),
    kelurahan: items.filter((w) => w.level === LEVEL_KELURAHAN).sort(byCode),
  };
}

export function wilayahAreaQueryOptions(regency: string) {
  return queryOptions({
    queryKey: registryKeys.area(regency),
    queryFn: ({ signal }) => getWilayahArea(regency, signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useWilayahArea(regency: string) {
  return useQuery(wilayahAreaQueryOptions(regency));
}

/** One region by its exact code (to show the name of a typed kelurahan code). */
export async function getWilayahByCode(code: string, signal?: AbortSignal): Promise<WilayahItem | null> {
  const { items } = await unwrap(
    api.GET('/api/reference/wilayah', { params: { query: { code, limit: 1 } }, signal }),
  );
  return items.find((w) => w.code === code) ?? null;
}

export function useWilayahByCode(code: string, enabled: boolean) {
  return useQuery({
    queryKey: registryKeys.wilayahCode(code),
    queryFn: ({ signal }) => getWilayahByCode(code, signal),
    staleTime: Number.POSITIVE_INFINITY,
    enabled,
  });
}
