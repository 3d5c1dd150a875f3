import type { Period } from './types';

export const reportKeys = {
  all: ['registry-reports'] as const,
  summary: (centreId?: string) => [...reportKeys.all, 'summary', centreId ?? 'own'] as const,
  siinas: (period: Period, centreId?: string) =>
    [...reportKeys.all, 'siinas', period.year, period.semester, centreId ?? 'own'] as const,
};
