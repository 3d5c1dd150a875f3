import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { AuditPage, AuditQuery } from '../../../api/types';
import { api, unwrap } from '../../../lib/api-client';
import { compact } from '../../../lib/form';
import { auditKeys } from './keys';

export const AUDIT_PAGE_SIZE = 50;

export function getAudit(query: AuditQuery, signal?: AbortSignal): Promise<AuditPage> {
  return unwrap(api.GET('/api/audit', { params: { query: compact(query) }, signal }));
}

export function auditQueryOptions(query: AuditQuery) {
  return queryOptions({
    queryKey: auditKeys.list(query),
    queryFn: ({ signal }) => getAudit(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useAudit(query: AuditQuery) {
  return useQuery(auditQueryOptions(query));
}
