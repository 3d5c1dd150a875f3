import { describe, expect, it } from 'vitest';
import { checkOpeningHours, openingHoursProblems } from './opening-hours.js';
import { parsePgRange, peakUnits } from './period.js';
import { openingHoursLabel } from './resources.service.js';
import { formatWibPeriod, parseInstant, toWibIso, wibParts } from './wib.js';

const at = (iso: string) => {
  const r = parseInstant(iso);
  if (!r.ok) throw new Error(iso);
  return r.date;
};
const MON_SAT = [1, 2, 3, 4, 5, 6].map((day) => ({ day, opens: '08:00', closes: '16:00' }));

describe('time zone: ISO with an offset only', () => {
  it('reads WIB, UTC and other offsets as the same instant', () => {
    expect(at('2025-03-10T08:00+07:00').toISOString()).toBe('2025-03-10T01:00:00.000Z');
    expect(at('2025-03-10T01:00:00Z').toISOString()).toBe('2025-03-10T01:00:00.000Z');
    expect(at('2025-03-10T09:00:00.000+08:00').toISOString()).toBe('2025-03-10T01:00:00.000Z');
    expect(at('2025-03-10 08:00+0700').toISOString()).toBe('2025-03-10T01:00:00.000Z');
  });

  it('refuses a naive time with the same time in WIB as the example, a bare date, and nonsense', () => {
    expect(parseInstant('2025-03-10T08:00')).toEqual({
      ok: false,
      problem: 'no_offset',
      example: '2025-03-10T08:00+07:00',
    });
    expect(parseInstant('2025-03-10')).toMatchObject({ ok: false, problem: 'date_only' });
    expect(parseInstant('2025-02-30T08:00+07:00')).toMatchObject({ ok: false, problem: 'invalid' });
    expect(parseInstant('besok pagi')).toMatchObject({ ok: false, problem: 'invalid' });
  });

  it('writes the stored UTC instant back in WIB', () => {
    const d = at('2025-03-09T20:30:00Z');
    expect(toWibIso(d)).toBe('2025-03-10T03:30:00+07:00');
    expect(wibParts(d)).toEqual({ date: '2025-03-10', weekday: 1, minutes: 210 });
    expect(
      formatWibPeriod({ start: at('2025-03-10T08:00+07:00'), end: at('2025-03-10T12:00+07:00') }, 'id'),
    ).toBe('10 Mar 2025 08.00–12.00 WIB');
    expect(
      formatWibPeriod({ start: at('2025-03-10T08:00+07:00'), end: at('2025-03-13T15:00+07:00') }, 'en'),
    ).toBe('10 Mar 2025 08:00 – 13 Mar 2025 15:00 WIB');
  });

  it('reads tstzrange text in any session time zone', () => {
    expect(parsePgRange('["2025-03-10 08:00:00+07","2025-03-10 12:00:00+07")')).toEqual({
      start: at('2025-03-10T01:00Z'),
      end: at('2025-03-10T05:00Z'),
    });
    expect(parsePgRange('["2025-03-10 01:00:00.5+00","2025-03-10 05:00:00+00")').start.toISOString()).toBe(
      '2025-03-10T01:00:00.500Z',
    );
  });
});

describe('opening hours (WIB)', () => {
  it('fits an hourly slot inside one window, refuses outside hours and a closed day', () => {
    // 10 Mar 2025 is a Monday; 16 Mar a Sunday.
    const p = (a: string, b: string) => ({ start: at(a), end: at(b) });
    expect(checkOpeningHours(MON_SAT, p('2025-03-10T08:00+07:00', '2025-03-10T16:00+07:00'), false)).toEqual({
      ok: true,
    });
    expect(
      checkOpeningHours(MON_SAT, p('2025-03-10T15:00+07:00', '2025-03-10T17:00+07:00'), false),
    ).toMatchObject({
      ok: false,
      code: 'outside_hours',
      weekday: 1,
    });
    expect(
      checkOpeningHours(MON_SAT, p('2025-03-16T09:00+07:00', '2025-03-16T10:00+07:00'), false),
    ).toMatchObject({
      ok: false,
      code: 'closed_day',
      weekday: 7,
    });
    // A UTC time that is Monday morning in WIB is judged by WIB.
    expect(checkOpeningHours(MON_SAT, p('2025-03-10T01:00Z', '2025-03-10T03:00Z'), false)).toEqual({
      ok: true,
    });
  });

  it('lets a multi-day process run overnight when drop-off and pick-up are in opening hours', () => {
    const p = { start: at('2025-03-10T09:00+07:00'), end: at('2025-03-13T15:00+07:00') };
    expect(checkOpeningHours(MON_SAT, p, true)).toEqual({ ok: true });
    expect(checkOpeningHours(MON_SAT, p, false)).toMatchObject({ ok: false, code: 'multi_day_not_allowed' });
    const lateEnd = { start: at('2025-03-10T09:00+07:00'), end: at('2025-03-13T20:00+07:00') };
    expect(checkOpeningHours(MON_SAT, lateEnd, true)).toMatchObject({
      ok: false,
      code: 'outside_hours',
      date: '2025-03-13',
    });
  });

  it('ends at midnight on the same day when the window closes at 24:00', () => {
    const all = [{ day: 1, opens: '00:00', closes: '24:00' }];
    expect(
      checkOpeningHours(
        all,
        { start: at('2025-03-10T20:00+07:00'), end: at('2025-03-11T00:00+07:00') },
        false,
      ),
    ).toEqual({
      ok: true,
    });
  });

  it('names bad windows and labels a week', () => {
    expect(
      openingHoursProblems([
        { day: 1, opens: '8:00', closes: '16:00' },
        { day: 2, opens: '16:00', closes: '08:00' },
        { day: 3, opens: '08:00', closes: '12:00' },
        { day: 3, opens: '11:00', closes: '16:00' },
      ]),
    ).toEqual([
      { index: 0, field: 'opens', code: 'format' },
      { index: 1, field: 'closes', code: 'order' },
    ]);
    expect(openingHoursLabel(MON_SAT, 'id')).toBe('Senin–Sabtu 08.00–16.00; Minggu tutup (WIB)');
  });
});

describe('capacity peak', () => {
  it('counts units in use at the busiest instant, not every booking touching the window', () => {
    const p = (a: string, b: string) => ({
      start: at(`2025-03-10T${a}+07:00`),
      end: at(`2025-03-10T${b}+07:00`),
    });
    const window = p('08:00', '12:00');
    expect(
      peakUnits(window, [
        { period: p('08:00', '10:00'), units: 2 },
        { period: p('10:00', '12:00'), units: 2 },
      ]),
    ).toBe(2);
    expect(
      peakUnits(window, [
        { period: p('07:00', '09:00'), units: 1 },
        { period: p('08:30', '11:00'), units: 2 },
        { period: p('12:00', '13:00'), units: 5 },
      ]),
    ).toBe(3);
  });
});
