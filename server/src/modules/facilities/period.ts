/** A half-open span of time `[start, end)`: what a booking or a maintenance block occupies. */
export interface Period {
  start: Date;
  end: Date;
}

/** The `tstzrange` literal of a period, in UTC. */
export const toPgRange = (p: Period): string => `[${p.start.toISOString()},${p.end.toISOString()})`;

// PostgreSQL writes a timestamptz bound in the session's TimeZone with its offset:
// "2025-03-10 08:00:00+07", "2025-03-10 01:00:00.5+00", "1900-01-01 00:00:00+07:07:12".
const PG_TIMESTAMPTZ =
  /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?([+-])(\d{2})(?::?(\d{2}))?(?::?(\d{2}))?$/;

function parsePgTimestamptz(text: string): Date {
  const m = PG_TIMESTAMPTZ.exec(text);
  if (!m) throw new Error(`unreadable timestamptz: ${text}`);
  const [, y, mo, d, h, mi, s, frac, sign, oh, om, os] = m;
  const ms = frac ? Number(frac.slice(0, 3).padEnd(3, '0')) : 0;
  const local = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms);
  const offsetSeconds = Number(oh) * 3600 + Number(om ?? 0) * 60 + Number(os ?? 0);
  return new Date(local - (sign === '-' ? -1 : 1) * offsetSeconds * 1000);
}

/** Reads a `tstzrange` as PostgreSQL returns it. Only finite, non-empty ranges are stored here. */
export function parsePgRange(text: string): Period {
  const m = /^[[(]"?([^",]+)"?,"?([^",]+)"?[)\]]$/.exec(text.trim());
  if (!m?.[1] || !m[2]) throw new Error(`unreadable tstzrange: ${text}`);
  return { start: parsePgTimestamptz(m[1]), end: parsePgTimestamptz(m[2]) };
}

export const overlaps = (a: Period, b: Period): boolean => a.start < b.end && b.start < a.end;

/**
 * The largest number of units in use at any instant of `window`, given the bookings that overlap
 * it. The peak of a step function is reached at the window's start or at a booking's start.
 */
export function peakUnits(window: Period, bookings: { period: Period; units: number }[]): number {
  const inside = bookings.filter((b) => overlaps(b.period, window));
  const points = [window.start, ...inside.map((b) => b.period.start).filter((s) => s > window.start)];
  let peak = 0;
  for (const p of points) {
    const used = inside
      .filter((b) => b.period.start <= p && p < b.period.end)
      .reduce((n, b) => n + b.units, 0);
    if (used > peak) peak = used;
  }
  return peak;
}
