import type { DuplicateQuery } from './types';

export const duplicateKeys = {
  all: ['registry-duplicates'] as const,
  lists: () => [...duplicateKeys.all, 'list'] as const,
  list: (query: DuplicateQuery) => [...duplicateKeys.lists(), query] as const,
  business: (id: string) => [...duplicateKeys.all, 'business', id] as const,
  merge: (id: string) => [...duplicateKeys.all, 'merge', id] as const,
};
