import { useCurrentSession } from '../../auth/api/get-session';

/** Kota Mojokerto, the first centre's city: the default when the user has no centre (admin). */
export const DEFAULT_REGENCY = '35.76';

/** "35.76.02.1001" → "35.76". */
export function regencyOf(code: string | null | undefined): string | null {
  const parts = (code ?? '').split('.');
  return parts.length >= 2 && /^\d{2}$/.test(parts[0] ?? '') && /^\d{2}$/.test(parts[1] ?? '')
    ? `${parts[0]}.${parts[1]}`
    : null;
}

/** The kota/kabupaten of the user's centre, where nearly all its businesses are. */
export function useHomeRegency(): string {
  const { centre } = useCurrentSession();
  return regencyOf(centre?.wilayahCode) ?? DEFAULT_REGENCY;
}
