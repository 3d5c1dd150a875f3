import { describe, expect, it } from 'vitest';
import { addDays, ProgressOutOfRangeError, round2 } from './common.js';
import { forecastCompletion, type ProgressPoint } from './forecast.js';
import { contractEndDate, weekCalendar } from './s-curve.js';

// A 20-week contract from SPMK Monday 3 July 2023 (end 19 Nov 2023), planned at 5 points a week.
const calendar = weekCalendar('2023-07-03', contractEndDate('2023-07-03', 140));
const plan = Array.from({ length: 20 }, (_, i) => ({ week: i + 1, planCumPct: 5 * (i + 1) }));
const weekEnd = (k: number) => addDays('2023-07-03', 7 * k - 1);
const reports = (byWeek: Record<number, number>): ProgressPoint[] =>
  Object.entries(byWeek).map(([w, pct]) => ({ asOf: weekEnd(Number(w)), actualCumPct: pct }));
// Behind: 2 points a week at first, then 5 a week over the last four weeks.
const BEHIND = { 1: 2, 2: 4, 3: 6, 4: 8, 5: 10, 6: 12, 7: 20, 8: 25, 9: 30, 10: 35 };

describe('completion forecast, in progress', () => {
  const f = forecastCompletion({ calendar, plan, actuals: reports(BEHIND) });

  it('calendar and defaults', () => {
    expect(calendar.endDate).toBe('2023-11-19');
    expect(f).toMatchObject({
      status: 'in_progress',
      asOf: '2023-09-10',
      actualCumPct: 35,
      contractEnd: '2023-11-19',
      fiscalYearEnd: '2023-12-31', // 31 December of the SPMK year
      warnings: [],
    });
  });

  it('linear trend over the last 4 weeks: 5 points a week → 65 points in 13 weeks', () => {
    expect(f.trend).toMatchObject({
      method: 'linear_trend',
      status: 'forecast',
      reason: null,
      pointsUsed: 4,
      finishDate: '2023-12-10',
      slipDaysVsContractEnd: 21,
      slipDaysVsFiscalYearEnd: -21,
      pastFiscalYearEnd: false,
      penaltyExposureDays: 21,
    });
    expect(round2(f.trend.slopePctPerWeek ?? 0)).toBe(5);
    expect(f.trend.explanation.id).toContain(
      'laju 4 laporan terakhir (20 Agustus 2023 s.d. 10 September 2023) 5,00 poin/minggu',
    );
    expect(f.trend.explanation.id).toContain('21 hari setelah akhir kontrak');
  });

  it('earned schedule: the plan reached 35 % on day 49; SPI(t) = 49/70 = 0.7; 140/0.7 = 200 days', () => {
    const es = f.earnedSchedule;
    expect(es).toMatchObject({ method: 'earned_schedule', status: 'forecast', atDays: 70 });
    expect(es.esDays).toBeCloseTo(49, 10);
    expect(es.spiT).toBeCloseTo(0.7, 10);
    expect(es.forecastDurationDays).toBeCloseTo(200, 10);
    expect(es).toMatchObject({
      finishDate: '2024-01-18',
      slipDaysVsContractEnd: 60,
      slipDaysVsFiscalYearEnd: 18,
      pastFiscalYearEnd: true,
      penaltyExposureDays: 60,
    });
    expect(es.explanation.id).toContain('SPI(t) = ES ÷ AT = 0,70');
    expect(es.explanation.id).toContain('18 hari MELEWATI akhir tahun anggaran');
  });

  it('the conservative finish is the later of the two', () => {
    expect(f.conservativeFinishDate).toBe('2024-01-18');
    expect(f.explanation.id).toMatch(/^Realisasi 35,00% per 10 September 2023\. Tren: /);
  });

  it('a given fiscal year end and trend window are used', () => {
    const g = forecastCompletion({
      calendar,
      plan,
      actuals: reports(BEHIND),
      fiscalYearEnd: '2024-03-31',
      trendWeeks: 8,
    });
    expect(g.earnedSchedule.pastFiscalYearEnd).toBe(false);
    expect(g.trend.pointsUsed).toBe(8);
    expect(round2(g.trend.slopePctPerWeek ?? 0)).toBeLessThan(5);
  });

  it('fewer reports than the window: uses those there are; one report: a line from 0 % at SPMK', () => {
    expect(
      forecastCompletion({ calendar, plan, actuals: reports({ 1: 2, 2: 4, 3: 6 }) }).trend.pointsUsed,
    ).toBe(3);
    const one = forecastCompletion({ calendar, plan, actuals: reports({ 2: 7 }) });
    expect(one.trend).toMatchObject({ pointsUsed: 2, finishDate: '2024-01-18' }); // 0.5 a day: 200 days
    expect(round2(one.trend.slopePctPerWeek ?? 0)).toBe(3.5);
    expect(one.trend.explanation.en).toContain('one report, line from 0% at the SPMK date');
  });

  it('ahead of plan: finishes before the contract end, no exposure', () => {
    const g = forecastCompletion({ calendar, plan, actuals: reports({ 7: 38, 8: 44, 9: 50, 10: 56 }) });
    expect(g.trend.slipDaysVsContractEnd).toBeLessThan(0);
    expect(g.trend.penaltyExposureDays).toBe(0);
    expect(g.earnedSchedule.spiT).toBeGreaterThan(1);
    expect(g.earnedSchedule.penaltyExposureDays).toBe(0);
  });
});

describe('completion forecast, edge cases', () => {
  it('no report yet, or 0 %: no forecast, and why', () => {
    const none = forecastCompletion({ calendar, plan, actuals: [] });
    expect(none).toMatchObject({ status: 'no_progress', asOf: null, conservativeFinishDate: null });
    expect(none.trend).toMatchObject({ status: 'not_forecastable', reason: 'no_progress', finishDate: null });
    expect(none.earnedSchedule).toMatchObject({
      status: 'not_forecastable',
      reason: 'no_progress',
      spiT: null,
    });
    expect(none.explanation.id).toBe('Belum ada laporan kemajuan: belum dapat diperkirakan.');
    const zero = forecastCompletion({ calendar, plan, actuals: reports({ 1: 0, 2: 0 }) });
    expect(zero).toMatchObject({ status: 'no_progress', asOf: '2023-07-16', actualCumPct: 0 });
    expect(zero.explanation.id).toContain('Belum ada kemajuan fisik');
  });

  it('progress stalled: the trend cannot forecast ("tidak dapat diperkirakan"), ES still can', () => {
    const f = forecastCompletion({ calendar, plan, actuals: reports({ ...BEHIND, 11: 35, 12: 35, 13: 35 }) });
    expect(f.trend).toMatchObject({
      status: 'not_forecastable',
      reason: 'stalled',
      finishDate: null,
      slopePctPerWeek: 0,
    });
    expect(f.trend.explanation.id).toContain('tidak dapat diperkirakan');
    expect(f.earnedSchedule.status).toBe('forecast');
    expect(f.conservativeFinishDate).toBe(f.earnedSchedule.finishDate);
  });

  it('progress going down: warnings, and a falling trend is not forecast', () => {
    const f = forecastCompletion({ calendar, plan, actuals: reports({ 7: 30, 8: 32, 9: 31, 10: 29 }) });
    expect(f.warnings.map((w) => [w.code, w.asOf, w.previousCumPct, w.actualCumPct])).toEqual([
      ['actual_decreased', '2023-09-03', 32, 31],
      ['actual_decreased', '2023-09-10', 31, 29],
    ]);
    expect(f.trend).toMatchObject({ status: 'not_forecastable', reason: 'stalled' });
    expect(f.trend.slopePctPerWeek).toBeLessThan(0);
    expect(f.warnings[0]?.explanation.id).toContain('turun dari laporan sebelumnya');
  });

  it('already 100 %: the finish is the first report at 100 %', () => {
    const f = forecastCompletion({ calendar, plan, actuals: reports({ 16: 90, 17: 98, 18: 100, 19: 100 }) });
    expect(f).toMatchObject({ status: 'complete', conservativeFinishDate: '2023-11-05' });
    for (const m of [f.trend, f.earnedSchedule])
      expect(m).toMatchObject({
        status: 'complete',
        finishDate: '2023-11-05',
        slipDaysVsContractEnd: -14,
        penaltyExposureDays: 0,
        pastFiscalYearEnd: false,
      });
    expect(f.explanation.id).toContain(
      'Realisasi fisik 100% tercapai 5 November 2023: 14 hari sebelum akhir kontrak',
    );
  });

  it('100 % corrected down to 99.5 % is in progress again', () => {
    const f = forecastCompletion({ calendar, plan, actuals: reports({ 17: 98, 18: 100, 19: 99.5 }) });
    expect(f.status).toBe('in_progress');
    expect(f.warnings).toHaveLength(1);
  });

  it('reports after the contract end (pemberian kesempatan) still forecast', () => {
    const f = forecastCompletion({
      calendar,
      plan,
      actuals: [
        { asOf: '2023-11-26', actualCumPct: 85 },
        { asOf: '2023-12-03', actualCumPct: 90 },
      ],
    });
    expect(f.trend.finishDate).toBe('2023-12-17');
    expect(f.trend.penaltyExposureDays).toBe(28);
    expect(f.earnedSchedule.atDays).toBe(154);
  });

  it('earned schedule interpolates inside a clipped last week', () => {
    // 67-day contract: week 9 ends on day 63 at 87.47 %, week 10 on day 67 at 100 %.
    const cal = weekCalendar('2023-07-03', '2023-09-07');
    const p = [
      { week: 9, planCumPct: 87.47 },
      { week: 10, planCumPct: 100 },
    ];
    const f = forecastCompletion({
      calendar: cal,
      plan: p,
      actuals: [{ asOf: '2023-09-07', actualCumPct: 95 }],
    });
    expect(f.earnedSchedule.esDays).toBeCloseTo(63 + ((95 - 87.47) / 12.53) * 4, 10);
    expect(f.earnedSchedule.finishDate).toBe('2023-09-09');
  });

  it('rejects progress out of range, reports before SPMK, two reports on one date', () => {
    expect(() => forecastCompletion({ calendar, plan, actuals: reports({ 1: 101 }) })).toThrow(
      ProgressOutOfRangeError,
    );
    expect(() => forecastCompletion({ calendar, plan, actuals: reports({ 1: -2 }) })).toThrow(
      ProgressOutOfRangeError,
    );
    expect(() =>
      forecastCompletion({ calendar, plan, actuals: [{ asOf: '2023-07-02', actualCumPct: 1 }] }),
    ).toThrow(/before the SPMK date/);
    expect(() =>
      forecastCompletion({
        calendar,
        plan,
        actuals: [
          { asOf: '2023-07-09', actualCumPct: 1 },
          { asOf: '2023-07-09', actualCumPct: 2 },
        ],
      }),
    ).toThrow(/Two reports are dated 2023-07-09/);
    expect(() => forecastCompletion({ calendar, plan: [], actuals: [] })).toThrow(/planned S-curve is empty/);
    expect(() => forecastCompletion({ calendar, plan, actuals: [], trendWeeks: 0 })).toThrow(
      expect.objectContaining({ code: 'invalid_input' }),
    );
  });
});
