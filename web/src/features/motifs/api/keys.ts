import type { MotifQuery } from './types';

export const motifKeys = {
  all: ['motifs'] as const,
  lists: () => [...motifKeys.all, 'list'] as const,
  list: (query: MotifQuery) => [...motifKeys.lists(), query] as const,
  dashboard: () => [...motifKeys.all, 'dashboard'] as const,
  details: () => [...motifKeys.all, 'detail'] as const,
  detail: (id: string) => [...motifKeys.details(), id] as const,
  businessOptions: () => [...motifKeys.all, 'business-options'] as const,
};
