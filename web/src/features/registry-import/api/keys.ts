export const importKeys = {
  all: ['registry-import'] as const,
  detail: (id: string) => [...importKeys.all, id] as const,
};
