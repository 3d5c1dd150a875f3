import type { Lang } from '../../lib/lang.js';
import type { Period } from './period.js';

/**
 * Waktu Indonesia Barat: UTC+7, without daylight saving (Asia/Jakarta has kept it since 1964).
 * Times are stored in UTC; opening hours, messages and labels are in WIB. A centre outside WIB
 * would need this per centre; every use goes through this module.
 */
export const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

const WITH_OFFSET =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?([Zz]|([+-])(\d{2}):?(\d{2}))$/;
const NAIVE = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?$/;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

export type InstantResult =
  | { ok: true; date: Date }
  | { ok: false; problem: 'no_offset' | 'date_only' | 'invalid'; example: string };

/**
 * Reads an API timestamp. The API takes ISO 8601 with an explicit offset only ("…T08:00+07:00"
 * or "…T01:00Z"): a naive "2025-03-10T08:00" could be WIB, UTC or the phone's zone, so it is
 * refused with an example of the same time in WIB rather than guessed.
 */
export function parseInstant(value: string): InstantResult {
  const v = value.trim();
  const naive = NAIVE.exec(v);
  if (naive) return { ok: false, problem: 'no_offset', example: `${v.replace(/[t ]/, 'T')}+07:00` };
  if (DATE_ONLY.test(v)) return { ok: false, problem: 'date_only', example: `${v}T08:00+07:00` };
  const m = WITH_OFFSET.exec(v);
  const example = '2025-03-10T08:00+07:00';
  if (!m) return { ok: false, problem: 'invalid', example };
  const [, y, mo, d, h, mi, s, frac, , sign, oh, om] = m;
  const parts = [y, mo, d, h, mi, s ?? '0'].map(Number) as [number, number, number, number, number, number];
  const [year, month, day, hour, minute, second] = parts;
  const ms = frac ? Number(frac.slice(0, 3).padEnd(3, '0')) : 0;
  const local = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  const check = new Date(local);
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59 ||
    second > 59 ||
    Number(oh ?? 0) > 14 ||
    Number(om ?? 0) > 59
  )
    return { ok: false, problem: 'invalid', example };
  const offsetMs = sign ? (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om)) * 60_000 : 0;
  return { ok: true, date: new Date(local - offsetMs) };
}

export interface WibParts {
  /** The WIB calendar day, YYYY-MM-DD. */
  date: string;
  /** ISO weekday: 1 = Senin … 7 = Minggu. */
  weekday: number;
  /** Minutes since WIB midnight. */
  minutes: number;
}

export function wibParts(d: Date): WibParts {
  const shifted = new Date(d.getTime() + WIB_OFFSET_MS);
  const dow = shifted.getUTCDay();
  return {
    date: shifted.toISOString().slice(0, 10),
    weekday: dow === 0 ? 7 : dow,
    minutes: shifted.getUTCHours() * 60 + shifted.getUTCMinutes(),
  };
}

/** The instant of WIB midnight starting a calendar day (YYYY-MM-DD). */
export const wibMidnight = (date: string): Date => new Date(Date.parse(`${date}T00:00:00Z`) - WIB_OFFSET_MS);

export const addDaysIso = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** "2025-03-10T08:00:00+07:00": the same instant as the stored UTC value, written in WIB. */
export function toWibIso(d: Date): string {
  const shifted = new Date(d.getTime() + WIB_OFFSET_MS).toISOString();
  return `${shifted.slice(0, 19)}+07:00`;
}

const MONTHS: Record<Lang, string[]> = {
  id: ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};
export const DAY_NAMES: Record<Lang, string[]> = {
  id: ['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};

const pad = (n: number) => String(n).padStart(2, '0');
/** "08.00" in Indonesian, "08:00" in English. */
export const clock = (minutes: number, lang: Lang): string =>
  `${pad(Math.floor(minutes / 60))}${lang === 'id' ? '.' : ':'}${pad(minutes % 60)}`;

export function formatWibDate(date: string, lang: Lang): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[lang][m - 1]} ${y}`;
}

/** "10 Mar 2025 08.00" (WIB, without the zone name). */
export function formatWib(d: Date, lang: Lang): string {
  const p = wibParts(d);
  return `${formatWibDate(p.date, lang)} ${clock(p.minutes, lang)}`;
}

/** "10 Mar 2025 08.00–16.00 WIB", or "10 Mar 2025 08.00 – 13 Mar 2025 16.00 WIB" across days. */
export function formatWibPeriod(p: Period, lang: Lang): string {
  const a = wibParts(p.start);
  const b = wibParts(p.end);
  if (a.date === b.date) return `${formatWib(p.start, lang)}–${clock(b.minutes, lang)} WIB`;
  if (b.minutes === 0 && addDaysIso(a.date, 1) === b.date)
    return `${formatWib(p.start, lang)}–${clock(24 * 60, lang)} WIB`;
  return `${formatWib(p.start, lang)} – ${formatWib(p.end, lang)} WIB`;
}
