import type { MotifQuery } from '../api/types';
import { EXPIRING_MONTHS, IP_KINDS, IP_STATUSES, isOneOf, MOTIF_STATUSES, MOTIF_TECHNIQUES } from './labels';

export const PAGE_SIZE = 24;

/** The filters of `/motif?…`: anything malformed in a shared link is simply left out. */
export function readMotifQuery(search: URLSearchParams): MotifQuery {
  const get = (name: string) => search.get(name) ?? undefined;
  const text = (name: string) => get(name)?.trim().slice(0, 100) || undefined;
  const months = Number(get('expiringWithinMonths'));
  const status = get('status');
  const technique = get('technique');
  const ipKind = get('ipKind');
  const ipStatus = get('ipStatus');
  return {
    q: text('q'),
    status: isOneOf(MOTIF_STATUSES, status) ? status : undefined,
    technique: isOneOf(MOTIF_TECHNIQUES, technique) ? technique : undefined,
    ipKind: isOneOf(IP_KINDS, ipKind) ? ipKind : undefined,
    ipStatus: isOneOf(IP_STATUSES, ipStatus) ? ipStatus : undefined,
    holder: text('holder'),
    withoutIp: get('withoutIp') === 'true' ? 'true' : undefined,
    expiringWithinMonths: (EXPIRING_MONTHS as readonly number[]).includes(months) ? months : undefined,
    page: Math.max(1, Math.floor(Number(get('page'))) || 1),
    pageSize: PAGE_SIZE,
  };
}

/** The filters as a query string (without the page size), for the address bar. */
export function motifParams(query: MotifQuery): URLSearchParams {
  const params = new URLSearchParams();
  const { pageSize: _pageSize, page, ...filters } = query;
  for (const [key, value] of Object.entries(filters)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  if (page && page > 1) params.set('page', String(page));
  return params;
}

export function motifListPath(query: Partial<MotifQuery> = {}): string {
  const text = motifParams({ pageSize: PAGE_SIZE, ...query }).toString();
  return text ? `/motif?${text}` : '/motif';
}

/** How many filters (other than the search box) are on: the folded panel says so. */
export function activeFilters(query: MotifQuery): number {
  return [
    query.status,
    query.technique,
    query.ipKind,
    query.ipStatus,
    query.holder,
    query.withoutIp,
    query.expiringWithinMonths,
  ].filter(Boolean).length;
}
