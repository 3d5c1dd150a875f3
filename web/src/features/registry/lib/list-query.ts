import type { BusinessQuery } from '../api/types';
import { CERT_KINDS, isOneOf, SIZE_CLASSES, TECHNIQUES } from './labels';

export const PAGE_SIZE = 20;

export const SORTS = ['name', '-name', '-updatedAt', 'updatedAt', '-workers', 'workers'] as const;
export type Sort = (typeof SORTS)[number];

const KECAMATAN = /^\d{2}\.\d{2}\.\d{2}$/;
const KELURAHAN = /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/;
const KBLI = /^\d{5}$/;

/** The filters of `/registri?…`: anything malformed in a shared link is simply left out. */
export function readListQuery(search: URLSearchParams): BusinessQuery {
  const get = (name: string) => search.get(name) ?? undefined;
  const flag = (name: string) => {
    const value = get(name);
    return value === 'true' || value === 'false' ? value : undefined;
  };
  const match = (name: string, re: RegExp) => {
    const value = get(name);
    return value && re.test(value) ? value : undefined;
  };
  const sort = get('sort');
  return {
    q: get('q')?.trim().slice(0, 100) || undefined,
    kecamatan: match('kecamatan', KECAMATAN),
    kelurahan: match('kelurahan', KELURAHAN),
    kbli: match('kbli', KBLI),
    technique: isOneOf(TECHNIQUES, get('technique'))
      ? (get('technique') as BusinessQuery['technique'])
      : undefined,
    certification: isOneOf(CERT_KINDS, get('certification'))
      ? (get('certification') as BusinessQuery['certification'])
      : undefined,
    sizeClass: isOneOf(SIZE_CLASSES, get('sizeClass'))
      ? (get('sizeClass') as BusinessQuery['sizeClass'])
      : undefined,
    member: flag('member'),
    tenant: flag('tenant'),
    sort: isOneOf(SORTS, sort) ? sort : undefined,
    page: Math.max(1, Math.floor(Number(get('page'))) || 1),
    pageSize: PAGE_SIZE,
  };
}

/** The filters as a query string (without paging), for the address and the export links. */
export function filterParams(query: BusinessQuery, withPage = true): URLSearchParams {
  const params = new URLSearchParams();
  const { pageSize: _pageSize, page, ...filters } = query;
  for (const [key, value] of Object.entries(filters)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  if (withPage && page && page > 1) params.set('page', String(page));
  return params;
}

export function listPath(query: BusinessQuery): string {
  const text = filterParams(query).toString();
  return text ? `/registri?${text}` : '/registri';
}

export function exportHref(query: BusinessQuery, format: 'xlsx' | 'csv'): string {
  const text = filterParams(query, false).toString();
  return `/api/registry/businesses/export.${format}${text ? `?${text}` : ''}`;
}

export function hasFilters(query: BusinessQuery): boolean {
  return filterParams({ ...query, sort: undefined }, false).toString() !== '';
}
