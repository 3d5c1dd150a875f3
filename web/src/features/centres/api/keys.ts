export const centreKeys = {
  all: ['centres'] as const,
  list: () => [...centreKeys.all, 'list'] as const,
  detail: (id: string) => [...centreKeys.all, 'detail', id] as const,
};

export const wilayahKeys = {
  search: (q: string, within: string) => ['reference', 'wilayah', q, within] as const,
};
