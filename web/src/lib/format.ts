import type { Lang } from './i18n';

/** Every date the product shows is Western Indonesia Time, whatever the device's own zone. */
const TIME_ZONE = 'Asia/Jakarta';
const LOCALES: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

const cache = new Map<string, Intl.DateTimeFormat>();

function dateFormatter(lang: Lang, withTime: boolean): Intl.DateTimeFormat {
  const key = `${lang}:${withTime}`;
  let formatter = cache.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(LOCALES[lang], {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {}),
      timeZone: TIME_ZONE,
    });
    cache.set(key, formatter);
  }
  return formatter;
}

function toDate(value: string | Date): Date | null {
  // A calendar date ('2023-12-10') is that day in Jakarta, not midnight UTC.
  const date =
    typeof value === 'string' && DATE_ONLY.test(value)
      ? new Date(`${value}T12:00:00+07:00`)
      : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** `10 Desember 2023` (id) or `10 December 2023` (en); empty string for no value. */
export function formatDate(value: string | Date | null | undefined, lang: Lang): string {
  if (value == null || value === '') return '';
  const date = toDate(value);
  return date ? dateFormatter(lang, false).format(date) : String(value);
}

/**
 * `17–23 Juli 2023`, `28 Agustus – 3 September 2023`: a period of calendar days; `short` gives
 * `28 Agu – 3 Sep 2023` for narrow table columns.
 */
export function formatDateRange(start: string, end: string, lang: Lang, short = false): string {
  const from = toDate(start);
  const to = toDate(end);
  if (!from || !to) return `${start} – ${end}`;
  if (!short) return dateFormatter(lang, false).formatRange(from, to);
  const key = `${lang}:short`;
  let formatter = cache.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(LOCALES[lang], {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: TIME_ZONE,
    });
    cache.set(key, formatter);
  }
  return formatter.formatRange(from, to);
}

/** `10 Desember 2023 pukul 14.05 WIB`. */
export function formatDateTime(value: string | Date | null | undefined, lang: Lang): string {
  if (value == null || value === '') return '';
  const date = toDate(value);
  return date ? `${dateFormatter(lang, true).format(date)} WIB` : String(value);
}

/** `Rp 18.000.000.000` (a plain space, so the text matches what people type and search for). */
export function formatRupiah(amount: number, lang: Lang = 'id'): string {
  const digits = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 0 }).format(Math.abs(amount));
  return `${amount < 0 ? '-' : ''}Rp ${digits}`;
}

export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALES[lang]).format(value);
}

/** Today's date in Jakarta as `YYYY-MM-DD` (for date inputs and API date filters). */
export function todayInJakarta(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(new Date());
}
