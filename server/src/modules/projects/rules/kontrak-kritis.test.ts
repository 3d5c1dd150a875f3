import { describe, expect, it } from 'vitest';
import { ProgressOutOfRangeError, round2 } from './common.js';
import { evaluateWeek, type WeekEvaluationInput } from './kontrak-kritis.js';
import type { KontrakKritisParams } from './params.js';

// The values of regulation_parameter projects.kontrak_kritis.* (params.test.ts checks them against
// the shipped table); the source is a marker so the test can see it is passed through.
const params: KontrakKritisParams = {
  period1MaxPlanPct: 70,
  period1BehindThreshold: 10,
  period2MaxPlanPct: 100,
  period2BehindThreshold: 5,
  period2YearEndRule: true,
  legalSource: 'Permen PUPR 14/2020 (SSUK) [test]',
};
const week = (over: Partial<WeekEvaluationInput>) =>
  evaluateWeek(
    { planCumPct: 50, actualCumPct: 50, forecastFinish: null, fiscalYearEnd: '2023-12-31', ...over },
    params,
  );

describe('kontrak kritis, Periode I (plan up to 70 %)', () => {
  it('plan exactly 70 % is Periode I, and the explanation says why', () => {
    const r = week({ planCumPct: 70, actualCumPct: 65 });
    expect(r.period).toBe('I');
    expect(r.thresholdPoints).toBe(10);
    expect(r.explanation.id).toContain('Tepat 70,00% dihitung Periode I');
    expect(r.explanation.en).toContain('without ruling on the boundary');
    expect(week({ planCumPct: 70.01, actualCumPct: 65 }).period).toBe('II');
    expect(week({ planCumPct: 69.99, actualCumPct: 65 }).explanation.id).not.toContain('Tepat');
  });

  it('deviation exactly −10 is not kritis; −10.01 is', () => {
    const at10 = week({ planCumPct: 70, actualCumPct: 60 });
    expect(at10).toMatchObject({ deviation: -10, kritis: false, reason: null, period: 'I' });
    expect(at10.explanation.id).toContain('tidak lebih dari 10,00 poin: tidak kritis');
    const beyond = week({ planCumPct: 70, actualCumPct: 59.99 });
    expect(beyond).toMatchObject({ kritis: true, reason: 'period_i_behind', period: 'I' });
    expect(round2(beyond.deviation)).toBe(-10.01);
    expect(beyond.explanation.id).toContain('KONTRAK KRITIS (Periode I)');
    expect(week({ planCumPct: 40, actualCumPct: 29.99 }).kritis).toBe(true);
  });

  it('float noise does not make −10.00 kritis', () => {
    const plan = 64.01;
    const actual = 54.01;
    expect(actual - plan).toBeLessThan(-10); // −10.000000000000007 in floats
    const r = week({ planCumPct: plan, actualCumPct: actual });
    expect(r.kritis).toBe(false);
    expect(r.explanation.id).toContain('deviasi -10,00 poin');
    // A cumulative plan left one ulp above 70 by float sums is still Periode I.
    const noisy70 = 70.00000000000001;
    expect(noisy70).toBeGreaterThan(70);
    expect(week({ planCumPct: noisy70, actualCumPct: 60 })).toMatchObject({ period: 'I', kritis: false });
  });

  it('Periode I has no year-end case', () => {
    const r = week({ planCumPct: 60, actualCumPct: 57, forecastFinish: '2024-01-20' });
    expect(r).toMatchObject({ kritis: false, reason: null, pastFiscalYearEnd: true });
  });
});

describe('kontrak kritis, Periode II (plan above 70 %)', () => {
  it('deviation exactly −5 is not kritis; −5.01 is', () => {
    expect(week({ planCumPct: 80, actualCumPct: 75 })).toMatchObject({ kritis: false, period: 'II' });
    const r = week({ planCumPct: 80, actualCumPct: 74.99 });
    expect(r).toMatchObject({ kritis: true, reason: 'period_ii_behind', thresholdPoints: 5 });
    expect(r.explanation.en).toContain('Behind by 5.01 points, more than 5.00: KONTRAK KRITIS (Periode II)');
  });

  it('float noise does not make −5.00 kritis', () => {
    const plan = 85.00000000000001;
    expect(80 - plan).toBeLessThan(-5);
    expect(week({ planCumPct: plan, actualCumPct: 80, forecastFinish: '2023-12-20' }).kritis).toBe(false);
  });

  it('year end: behind 3 points at plan 85 %, forecast in January of the next year → kritis', () => {
    const r = week({ planCumPct: 85, actualCumPct: 82, forecastFinish: '2024-01-15' });
    expect(r).toMatchObject({
      kritis: true,
      reason: 'period_ii_year_end',
      pastFiscalYearEnd: true,
      deviation: -3,
    });
    expect(r.explanation.id).toContain('melewati akhir tahun anggaran (31 Desember 2023)');
    expect(r.explanation.id).toContain('KONTRAK KRITIS (Periode II, akhir tahun anggaran)');
    expect(r.legalSource).toBe(params.legalSource);
  });

  it('year end: the same delay finishing 20 December → not kritis; 31 December is still in the year', () => {
    const r = week({ planCumPct: 85, actualCumPct: 82, forecastFinish: '2023-12-20' });
    expect(r).toMatchObject({ kritis: false, reason: null, pastFiscalYearEnd: false });
    expect(r.explanation.id).toContain('masih dalam tahun anggaran');
    expect(week({ planCumPct: 85, actualCumPct: 82, forecastFinish: '2023-12-31' }).kritis).toBe(false);
    expect(week({ planCumPct: 85, actualCumPct: 82, forecastFinish: '2024-01-01' }).kritis).toBe(true);
  });

  it('year end covers exactly −5 too (no gap between the two cases)', () => {
    expect(week({ planCumPct: 90, actualCumPct: 85, forecastFinish: '2024-01-02' })).toMatchObject({
      kritis: true,
      reason: 'period_ii_year_end',
    });
  });

  it('without a forecast the year-end case is not judged, and the explanation says so', () => {
    const r = week({ planCumPct: 85, actualCumPct: 82, forecastFinish: null });
    expect(r).toMatchObject({ kritis: false, pastFiscalYearEnd: null });
    expect(r.explanation.en).toContain('there is no forecast finish date');
  });

  it('the year-end flag off: behind but finishing next year is not kritis', () => {
    const r = evaluateWeek(
      { planCumPct: 85, actualCumPct: 82, forecastFinish: '2024-01-15', fiscalYearEnd: '2023-12-31' },
      { ...params, period2YearEndRule: false },
    );
    expect(r.kritis).toBe(false);
    expect(r.explanation.id).toContain('aturan akhir tahun anggaran tidak berlaku');
  });

  it('being ahead is never kritis, even finishing past the year end', () => {
    const r = week({ planCumPct: 85, actualCumPct: 90, forecastFinish: '2024-03-01' });
    expect(r).toMatchObject({ kritis: false, reason: null, deviation: 5 });
    expect(r.explanation.id).toContain('tidak di belakang rencana');
    expect(week({ planCumPct: 85, actualCumPct: 85, forecastFinish: '2024-03-01' }).kritis).toBe(false);
  });

  it('the thresholds come from the parameters, not the code', () => {
    const strict = { ...params, period1MaxPlanPct: 60, period2BehindThreshold: 2 };
    const r = evaluateWeek(
      { planCumPct: 65, actualCumPct: 62.5, forecastFinish: null, fiscalYearEnd: '2023-12-31' },
      strict,
    );
    expect(r).toMatchObject({ period: 'II', kritis: true, reason: 'period_ii_behind', thresholdPoints: 2 });
  });
});

describe('kontrak kritis input checks', () => {
  it('rejects progress above 100 or below 0 with ProgressOutOfRangeError', () => {
    expect(() => week({ actualCumPct: 100.01 })).toThrow(ProgressOutOfRangeError);
    expect(() => week({ actualCumPct: -0.5 })).toThrow(ProgressOutOfRangeError);
    expect(() => week({ planCumPct: 101 })).toThrow(ProgressOutOfRangeError);
    expect(() => week({ actualCumPct: Number.NaN })).toThrow(ProgressOutOfRangeError);
    expect(week({ planCumPct: 100, actualCumPct: 100 }).kritis).toBe(false);
  });

  it('rejects malformed dates', () => {
    expect(() => week({ fiscalYearEnd: '31-12-2023' })).toThrow(
      expect.objectContaining({ code: 'invalid_date' }),
    );
    expect(() => week({ forecastFinish: '2024-02-30' })).toThrow(
      expect.objectContaining({ code: 'invalid_date' }),
    );
  });

  it('the explanation is bilingual, Indonesian first, and marks the points reading as [S]', () => {
    const r = week({ planCumPct: 50, actualCumPct: 45 });
    expect(Object.keys(r.explanation)).toEqual(['id', 'en']);
    expect(r.explanation.id).toMatch(/^Rencana kumulatif 50,00% ≤ 70,00% → Periode I/);
    expect(r.explanation.en).toContain('[S] The delay is read in percentage points');
  });
});
