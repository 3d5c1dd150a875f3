import { describe, expect, it } from 'vitest';
import {
  compareProgress,
  contractEndDate,
  evaluateWeek,
  forecastCompletion,
  type ItemSchedule,
  latePenalty,
  plannedSCurve,
  round2,
  weekCalendar,
} from './index.js';

// The whole chain through the public API, for a contract shaped like the Mojokerto sentra's:
// SPMK 3 July 2023, 161 days to 10 December 2023 (23 weeks), single-year DAK 2023.
const calendar = weekCalendar('2023-07-03', contractEndDate('2023-07-03', 161));
const spread = (from: number, to: number): Record<number, number> =>
  Object.fromEntries(Array.from({ length: to - from + 1 }, (_, i) => [from + i, 100 / (to - from + 1)]));
const items = [
  { id: 'A', division: 'Persiapan', name: 'Persiapan', volume: 1, unit: 'ls', unitPrice: 300_000_000 },
  { id: 'B', division: 'Struktur', name: 'Struktur', volume: 1, unit: 'ls', unitPrice: 6_000_000_000 },
  { id: 'C', division: 'Arsitektur', name: 'Arsitektur', volume: 1, unit: 'ls', unitPrice: 5_000_000_000 },
  {
    id: 'D',
    division: 'MEP dan IPAL',
    name: 'MEP dan IPAL',
    volume: 1,
    unit: 'ls',
    unitPrice: 3_374_000_000,
  },
];
const schedules: ItemSchedule[] = [
  { itemId: 'A', weeks: spread(1, 2) },
  { itemId: 'B', weeks: spread(2, 12) },
  { itemId: 'C', weeks: spread(10, 21) },
  { itemId: 'D', weeks: spread(14, 23) },
];
const kritisParams = {
  period1MaxPlanPct: 70,
  period1BehindThreshold: 10,
  period2MaxPlanPct: 100,
  period2BehindThreshold: 5,
  period2YearEndRule: true,
  legalSource: 'Permen PUPR 14/2020',
};
const penaltyParams = {
  perMilPerDay: 1,
  pemberianKesempatanMaxDays: 50,
  capPct: 5,
  sources: {
    rate: 'Perpres 16/2018',
    pemberianKesempatan: 'Permen PUPR 14/2020',
    cap: 'Perka LKPP 14/2012 [S]',
  },
};

describe('construction monitoring chain', () => {
  const curve = plannedSCurve({ items, contractValue: 14_674_000_000, schedules, calendar });

  it('plan → weekly table → forecast → kontrak kritis → penalty exposure agree with each other', () => {
    expect(curve.ok).toBe(true);
    expect(calendar.totalWeeks).toBe(23);
    expect(round2(curve.finalCumPct)).toBe(100);

    // Reports for weeks 17–20: ahead at first, then one point a week while the plan runs on.
    const actuals = [17, 18, 19, 20].map((week, i) => ({ week, actualCumPct: 84 + i }));
    const { rows } = compareProgress(curve.rows, actuals);
    const w20 = rows[19];
    if (!w20 || w20.actualCumPct === null || w20.deviation === null) throw new Error('week 20 missing');
    expect(round2(w20.planCumPct)).toBe(90.26);
    expect(round2(w20.deviation)).toBe(-3.26); // behind, but by less than 5 points

    const forecast = forecastCompletion({
      calendar,
      plan: curve.rows,
      actuals: actuals.map((a) => ({
        asOf: calendar.weekRange(a.week).endDate,
        actualCumPct: a.actualCumPct,
      })),
    });
    expect(forecast.status).toBe('in_progress');
    // At one point a week the trend runs into next year; earned schedule, still near plan, does not.
    expect(forecast.trend).toMatchObject({ finishDate: '2024-02-18', pastFiscalYearEnd: true });
    expect(forecast.earnedSchedule.pastFiscalYearEnd).toBe(false);
    expect(forecast.conservativeFinishDate).toBe('2024-02-18');

    const evaluate = (forecastFinish: string | null) =>
      evaluateWeek(
        {
          planCumPct: w20.planCumPct,
          actualCumPct: w20.actualCumPct ?? 0,
          forecastFinish,
          fiscalYearEnd: forecast.fiscalYearEnd,
        },
        kritisParams,
      );
    expect(evaluate(forecast.conservativeFinishDate)).toMatchObject({
      period: 'II',
      kritis: true,
      reason: 'period_ii_year_end',
      legalSource: 'Permen PUPR 14/2020',
    });
    expect(evaluate(forecast.earnedSchedule.finishDate).kritis).toBe(false);

    // If the work finished on the trend's date, the penalty would run the forecast's exposure days.
    const finish = forecast.trend.finishDate;
    if (!finish) throw new Error('no trend finish');
    const penalty = latePenalty(
      {
        contractValue: 14_674_000_000,
        originalEndDate: calendar.endDate,
        completionDate: finish,
        asOf: finish,
        base: { kind: 'contract_value' },
      },
      penaltyParams,
    );
    expect(penalty.daysLate).toBe(forecast.trend.penaltyExposureDays);
    expect(penalty.perDay.amount).toBe(14_674_000);
  });
});
