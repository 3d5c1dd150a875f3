import type { Lang } from '../../lib/lang.js';
import type { OpeningWindow } from './facilities.tables.js';
import type { Period } from './period.js';
import { addDaysIso, clock, wibParts } from './wib.js';

/** Senin–Sabtu 08.00–16.00 WIB: the centre's office hours, the default for a new resource. */
export const DEFAULT_OPENING_HOURS: OpeningWindow[] = [1, 2, 3, 4, 5, 6].map((day) => ({
  day,
  opens: '08:00',
  closes: '16:00',
}));

const HHMM = /^(?:([01]\d|2[0-3]):([0-5]\d)|24:00)$/;
export const toMinutes = (hhmm: string): number => {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
};

export type HoursProblem = { index: number; field: 'opens' | 'closes'; code: 'format' | 'order' | 'overlap' };

/** What is wrong with a week of opening windows: a bad time, closing before opening, overlaps. */
export function openingHoursProblems(hours: OpeningWindow[]): HoursProblem[] {
  const problems: HoursProblem[] = [];
  hours.forEach((w, index) => {
    if (!HHMM.test(w.opens) || w.opens === '24:00') problems.push({ index, field: 'opens', code: 'format' });
    else if (!HHMM.test(w.closes)) problems.push({ index, field: 'closes', code: 'format' });
    else if (toMinutes(w.closes) <= toMinutes(w.opens))
      problems.push({ index, field: 'closes', code: 'order' });
  });
  if (problems.length) return problems;
  hours.forEach((w, index) => {
    const clash = hours.some(
      (o, j) =>
        j < index &&
        o.day === w.day &&
        toMinutes(o.opens) < toMinutes(w.closes) &&
        toMinutes(w.opens) < toMinutes(o.closes),
    );
    if (clash) problems.push({ index, field: 'opens', code: 'overlap' });
  });
  return problems;
}

export type HoursVerdict =
  | { ok: true }
  | {
      ok: false;
      code: 'closed_day' | 'outside_hours' | 'multi_day_not_allowed';
      /** The WIB day the problem is on (the start, or the end of a multi-day booking). */
      date: string;
      weekday: number;
      windows: OpeningWindow[];
    };

const weekdayOf = (date: string) => {
  const dow = new Date(`${date}T00:00:00Z`).getUTCDay();
  return dow === 0 ? 7 : dow;
};

/**
 * Whether a period fits the opening hours (WIB). Within one day, it must lie inside one opening
 * window. Across days (a process booking: a dye vat for three days) the resource must allow it,
 * and only the start and the end must fall in opening hours — the hand-over needs staff, the
 * process itself runs overnight unattended.
 */
export function checkOpeningHours(hours: OpeningWindow[], period: Period, multiDay: boolean): HoursVerdict {
  const a = wibParts(period.start);
  const raw = wibParts(period.end);
  // An end at midnight belongs to the day before, at 24:00.
  const b =
    raw.minutes === 0
      ? { date: addDaysIso(raw.date, -1), weekday: weekdayOf(addDaysIso(raw.date, -1)), minutes: 24 * 60 }
      : raw;
  const windowsOn = (weekday: number) => hours.filter((w) => w.day === weekday);
  const fail = (
    code: 'closed_day' | 'outside_hours' | 'multi_day_not_allowed',
    at: { date: string; weekday: number },
  ) => ({ ok: false, code, date: at.date, weekday: at.weekday, windows: windowsOn(at.weekday) }) as const;

  if (a.date === b.date) {
    const windows = windowsOn(a.weekday);
    if (!windows.length) return fail('closed_day', a);
    const fits = windows.some((w) => toMinutes(w.opens) <= a.minutes && b.minutes <= toMinutes(w.closes));
    return fits ? { ok: true } : fail('outside_hours', a);
  }
  if (!multiDay) return fail('multi_day_not_allowed', a);
  const startWindows = windowsOn(a.weekday);
  if (!startWindows.length) return fail('closed_day', a);
  if (!startWindows.some((w) => toMinutes(w.opens) <= a.minutes && a.minutes < toMinutes(w.closes)))
    return fail('outside_hours', a);
  const endWindows = windowsOn(b.weekday);
  if (!endWindows.length) return fail('closed_day', b);
  if (!endWindows.some((w) => toMinutes(w.opens) < b.minutes && b.minutes <= toMinutes(w.closes)))
    return fail('outside_hours', b);
  return { ok: true };
}

/** "08.00–12.00, 13.00–16.00", or "tutup" / "closed". */
export function describeWindows(windows: OpeningWindow[], lang: Lang): string {
  if (!windows.length) return lang === 'id' ? 'tutup' : 'closed';
  return [...windows]
    .sort((x, y) => toMinutes(x.opens) - toMinutes(y.opens))
    .map((w) => `${clock(toMinutes(w.opens), lang)}–${clock(toMinutes(w.closes), lang)}`)
    .join(', ');
}
