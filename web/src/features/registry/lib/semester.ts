import { todayInJakarta } from '../../../lib/format';

export interface Period {
  year: number;
  semester: 1 | 2;
}

/** Semester 1 is January–June, semester 2 July–December, by the calendar in Jakarta. */
export function currentPeriod(today: string = todayInJakarta()): Period {
  const [year, month] = today.split('-').map(Number);
  return { year: year ?? 2000, semester: (month ?? 1) <= 6 ? 1 : 2 };
}

export function previousPeriod({ year, semester }: Period): Period {
  return semester === 2 ? { year, semester: 1 } : { year: year - 1, semester: 2 };
}

export function nextPeriod({ year, semester }: Period): Period {
  return semester === 1 ? { year, semester: 2 } : { year: year + 1, semester: 1 };
}

export function comparePeriods(a: Period, b: Period): number {
  return a.year - b.year || a.semester - b.semester;
}

/** Reads `/laporan/2025/1` parameters; null when they are not a real semester. */
export function parsePeriod(year: string | undefined, semester: string | undefined): Period | null {
  const y = Number(year);
  const s = Number(semester);
  if (!Number.isInteger(y) || y < 2000 || y > 2100) return null;
  if (s !== 1 && s !== 2) return null;
  return { year: y, semester: s };
}

export function reportPath(businessId: string, period: Period): string {
  return `/registri/${businessId}/laporan/${period.year}/${period.semester}`;
}
