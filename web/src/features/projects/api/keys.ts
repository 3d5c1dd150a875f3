/** Everything of one contract sits under `contract(id)`, so one invalidation refreshes it all. */
export const projectKeys = {
  all: ['projects'] as const,
  lists: () => [...projectKeys.all, 'list'] as const,
  contract: (id: string) => [...projectKeys.all, 'contract', id] as const,
  detail: (id: string) => [...projectKeys.contract(id), 'detail'] as const,
  status: (id: string) => [...projectKeys.contract(id), 'status'] as const,
  boq: (id: string) => [...projectKeys.contract(id), 'boq'] as const,
  reports: (id: string) => [...projectKeys.contract(id), 'reports'] as const,
};
