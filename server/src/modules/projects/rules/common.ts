/**
 * Shared helpers of the construction-monitoring rules: the error types, ISO dates in UTC day
 * numbers, exact Rupiah arithmetic, percentage comparison without float noise, and the number
 * formats of the bilingual explanations. No rule lives here; no regulation number either.
 */
import type { Bilingual } from '../../../lib/lang.js';

export type { Bilingual };

// ---------------------------------------------------------------------------------------------
// Errors

export type ProjectRuleErrorCode =
  | 'progress_out_of_range'
  | 'invalid_date'
  | 'invalid_amount'
  | 'invalid_input'
  | 'invalid_parameter';

/** A rule was called with input it cannot evaluate. `explanation` is fit to show to the user. */
export class ProjectRuleError extends Error {
  constructor(
    readonly code: ProjectRuleErrorCode,
    readonly explanation: Bilingual,
    readonly details: Record<string, unknown> = {},
  ) {
    super(explanation.en);
    this.name = 'ProjectRuleError';
  }
}

/** A cumulative progress figure below 0 % or above 100 % (or not a number). */
export class ProgressOutOfRangeError extends ProjectRuleError {
  constructor(
    readonly field: string,
    readonly value: number,
  ) {
    super(
      'progress_out_of_range',
      {
        id: `${field} = ${value}: progres kumulatif harus antara 0% dan 100%.`,
        en: `${field} = ${value}: cumulative progress must be between 0% and 100%.`,
      },
      { field, value },
    );
    this.name = 'ProgressOutOfRangeError';
  }
}

// ---------------------------------------------------------------------------------------------
// Percentages

/**
 * Rounds to 2 decimals, half away from zero, for presentation only. `toPrecision(15)` first
 * removes the binary noise that would make 1.005 round to 1.00.
 */
export function round2(x: number): number {
  if (!Number.isFinite(x)) return x;
  const r = (Math.sign(x) * Math.round(Number((Math.abs(x) * 100).toPrecision(15)))) / 100;
  return r === 0 ? 0 : r;
}

/**
 * A percentage (or percentage-point) figure as an integer of ten-thousandths, the unit every
 * threshold comparison uses: 60.00 − 70.00 computed in floats may be −10.000000000000007, which
 * must compare equal to −10. Four decimals is far finer than any progress report (two decimals).
 */
export function pctUnits(x: number): number {
  const u = Math.round(x * 10_000);
  return u === 0 ? 0 : u;
}

/** −1, 0 or 1 as a compares with b at four decimals. */
export function comparePct(a: number, b: number): -1 | 0 | 1 {
  const d = pctUnits(a) - pctUnits(b);
  return d < 0 ? -1 : d > 0 ? 1 : 0;
}

/** Throws ProgressOutOfRangeError unless 0 ≤ value ≤ 100 (at four decimals, so float noise passes). */
export function assertProgress(field: string, value: number): void {
  if (!Number.isFinite(value) || comparePct(value, 0) < 0 || comparePct(value, 100) > 0)
    throw new ProgressOutOfRangeError(field, value);
}

// ---------------------------------------------------------------------------------------------
// Dates: ISO YYYY-MM-DD, as whole UTC days since 1970-01-01

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** The UTC day number of an ISO date; throws ProjectRuleError('invalid_date') on 2023-02-30 etc. */
export function dayNumber(iso: string, field = 'date'): number {
  const m = ISO_DATE.exec(iso);
  const t = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : Number.NaN;
  if (!m || Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== iso)
    throw new ProjectRuleError(
      'invalid_date',
      {
        id: `${field} = "${iso}": tanggal harus berformat YYYY-MM-DD dan ada di kalender.`,
        en: `${field} = "${iso}": the date must be YYYY-MM-DD and exist in the calendar.`,
      },
      { field, value: iso },
    );
  return t / DAY_MS;
}

export function isoFromDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number, field = 'date'): string {
  return isoFromDay(dayNumber(iso, field) + days);
}

/** `to` minus `from` in calendar days (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to, 'to') - dayNumber(from, 'from');
}

/** 31 December of the year of a date. */
export function yearEndOf(iso: string): string {
  dayNumber(iso);
  return `${iso.slice(0, 4)}-12-31`;
}

// ---------------------------------------------------------------------------------------------
// Rupiah: integers of rupiah; products with rates are kept exact in BigInt nano-rupiah

/** Throws unless the value is a whole, non-negative number of rupiah within the safe range. */
export function assertRupiah(field: string, value: number, { positive = false } = {}): void {
  if (!Number.isSafeInteger(value) || value < 0 || (positive && value === 0))
    throw new ProjectRuleError(
      'invalid_amount',
      {
        id: `${field} = ${value}: jumlah rupiah harus bilangan bulat ${positive ? 'positif' : 'tidak negatif'}.`,
        en: `${field} = ${value}: a rupiah amount must be a ${positive ? 'positive' : 'non-negative'} whole number.`,
      },
      { field, value },
    );
}

/** An amount in nano-rupiah (10⁻⁹ Rp), exact. */
export type Nano = bigint;
export const NANO_PER_RUPIAH = 1_000_000_000n;

/** A rate given in a regulation parameter (1 ‰, 5 %, 45 %) as an exact integer of millionths. */
export function micro(rate: number, field: string): bigint {
  const scaled = rate * 1_000_000;
  const r = Math.round(scaled);
  if (!Number.isFinite(rate) || rate < 0 || Math.abs(scaled - r) > 1e-9 * Math.max(1, Math.abs(scaled)))
    throw new ProjectRuleError(
      'invalid_parameter',
      {
        id: `Parameter ${field} = ${rate} tidak dapat dipakai (harus angka tidak negatif, paling banyak 6 desimal).`,
        en: `Parameter ${field} = ${rate} cannot be used (must be non-negative, at most 6 decimals).`,
      },
      { field, value: rate },
    );
  return BigInt(r);
}

/** rupiah × pct % in nano-rupiah, exact. */
export function pctOfRupiah(rupiah: number, pct: number, field: string): Nano {
  // rupiah × pct/100 = rupiah × (pct·10⁶) / 10⁸ = rupiah × (pct·10⁶) × 10 / 10⁹
  return BigInt(rupiah) * micro(pct, field) * 10n;
}

/** Whole rupiah, half up (the amounts are never negative). */
export function nanoToRupiah(n: Nano): number {
  return Number((n + NANO_PER_RUPIAH / 2n) / NANO_PER_RUPIAH);
}

/** The exact decimal, e.g. "44500000.48". */
export function nanoToDecimal(n: Nano): string {
  const neg = n < 0n;
  const a = neg ? -n : n;
  const whole = (a / NANO_PER_RUPIAH).toString();
  const frac = (a % NANO_PER_RUPIAH).toString().padStart(9, '0').replace(/0+$/, '');
  return `${neg ? '-' : ''}${whole}${frac ? `.${frac}` : ''}`;
}

/** numerator ÷ denominator × 100 compared with pct, exactly (integers of rupiah in, no floats). */
export function comparePctOfRatio(
  numerator: number,
  denominator: number,
  pct: number,
  field: string,
): -1 | 0 | 1 {
  const left = BigInt(numerator) * 100_000_000n; // × 100 (percent) × 10⁶ (micro)
  const right = micro(pct, field) * BigInt(denominator);
  return left < right ? -1 : left > right ? 1 : 0;
}

// ---------------------------------------------------------------------------------------------
// Formats for the explanations (Indonesian first)

const num2 = {
  id: new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
};
const signed2 = {
  id: new Intl.NumberFormat('id-ID', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    signDisplay: 'exceptZero',
  }),
  en: new Intl.NumberFormat('en-US', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    signDisplay: 'exceptZero',
  }),
};
const int = { id: new Intl.NumberFormat('id-ID'), en: new Intl.NumberFormat('en-US') };

type Lang = keyof Bilingual;

/** A percentage or point figure, 2 decimals (presentation). */
export const fmtNum = (x: number, lang: Lang) => num2[lang].format(round2(x));
export const fmtSigned = (x: number, lang: Lang) => signed2[lang].format(round2(x));
/** A plain number with thousands separators, up to 3 decimals (parameters, day counts). */
export const fmtPlain = (x: number, lang: Lang) => int[lang].format(x);
export const fmtRp = (rupiah: number, lang: Lang) => `Rp ${int[lang].format(rupiah)}`;
export const fmtDate = (iso: string, lang: Lang) =>
  new Date(dayNumber(iso) * DAY_MS).toLocaleDateString(lang === 'id' ? 'id-ID' : 'en-GB', {
    dateStyle: 'long',
    timeZone: 'UTC',
  });
