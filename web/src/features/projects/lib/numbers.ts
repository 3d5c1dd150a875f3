import type { Lang } from '../../../lib/i18n';

const LOCALES: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };

/**
 * A percentage as typed on a phone: "35,13", "35.13" or "35,13 %". Up to 100 a dot cannot be a
 * thousands separator, so both decimal marks are read. Empty → null; unreadable → NaN.
 */
export function parsePercent(text: string): number | null {
  const trimmed = text.trim().replace(/\s*%$/, '');
  if (trimmed === '') return null;
  if (!/^-?\d{1,3}([.,]\d+)?$/.test(trimmed)) return Number.NaN;
  return Number(trimmed.replace(',', '.'));
}

/** How a percentage is put back into an input: "35,13". */
export function percentInputText(value: number | null | undefined): string {
  if (value == null) return '';
  return new Intl.NumberFormat('id-ID', { maximumFractionDigits: 4, useGrouping: false }).format(value);
}

/** "35,13%" (id) or "35.13%" (en), always two decimals as in the supervisor's reports. */
export function formatPct(value: number | null | undefined, lang: Lang): string {
  if (value == null) return '—';
  return `${new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value)}%`;
}

/** A deviation in percentage points with its sign: "+1,20", "-11,00", "0,00". */
export function formatPoints(value: number | null | undefined, lang: Lang): string {
  if (value == null) return '—';
  return new Intl.NumberFormat(LOCALES[lang], {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    signDisplay: 'exceptZero',
  }).format(value);
}

/** A weight (bobot) with three decimals, as in a RAB: "0,144". */
export function formatWeight(value: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: 3, maximumFractionDigits: 3 }).format(
    value,
  );
}

/** Whole days from one calendar date to another ('2023-12-10' → '2024-01-03' = 24). */
export function daysBetween(from: string, to: string): number {
  const day = (d: string) =>
    Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
  return Math.round((day(to) - day(from)) / 86_400_000);
}
