export type Lang = 'id' | 'en';

/** Indonesian unless the request's Accept-Language prefers English. */
export function langFromHeader(header: string | undefined): Lang {
  if (!header) return 'id';
  const first = header.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'id';
}

export type Bilingual = { id: string; en: string };
