import type { BusinessQuery } from './types';

export const registryKeys = {
  all: ['registry'] as const,
  lists: () => [...registryKeys.all, 'list'] as const,
  list: (query: BusinessQuery) => [...registryKeys.lists(), query] as const,
  details: () => [...registryKeys.all, 'detail'] as const,
  detail: (id: string) => [...registryKeys.details(), id] as const,
  accounts: (id: string) => [...registryKeys.all, 'accounts', id] as const,
  kbli: ['reference', 'kbli'] as const,
  area: (code: string) => ['reference', 'wilayah', 'area', code] as const,
  wilayahCode: (code: string) => ['reference', 'wilayah', 'code', code] as const,
};
