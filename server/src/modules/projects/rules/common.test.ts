import { describe, expect, it } from 'vitest';
import {
  addDays,
  assertProgress,
  comparePct,
  comparePctOfRatio,
  dayNumber,
  daysBetween,
  nanoToDecimal,
  nanoToRupiah,
  ProgressOutOfRangeError,
  ProjectRuleError,
  pctOfRupiah,
  pctUnits,
  round2,
  yearEndOf,
} from './common.js';

describe('round2 (presentation only)', () => {
  it('rounds half away from zero, without binary noise', () => {
    expect(round2(1.005)).toBe(1.01);
    expect(round2(4.445)).toBe(4.45);
    expect(round2(-1.005)).toBe(-1.01);
    expect(round2(17.199999999999996)).toBe(17.2);
    expect(round2(99.99999999999999)).toBe(100);
    expect(round2(2.944)).toBe(2.94);
  });
  it('never returns −0', () => {
    expect(Object.is(round2(-0.001), 0)).toBe(true);
  });
});

describe('percent comparison at four decimals', () => {
  it('treats float noise as equal', () => {
    const dev = 54.01 - 64.01;
    expect(dev).toBeLessThan(-10); // the noise this guards against
    expect(pctUnits(dev)).toBe(-100_000);
    expect(comparePct(dev, -10)).toBe(0);
    expect(comparePct(-10.01, -10)).toBe(-1);
  });
  it('accepts 0..100 with noise and rejects anything outside', () => {
    expect(() => assertProgress('x', 100.00000000000001)).not.toThrow();
    expect(() => assertProgress('x', 0)).not.toThrow();
    expect(() => assertProgress('x', 100.01)).toThrow(ProgressOutOfRangeError);
    expect(() => assertProgress('x', -0.01)).toThrow(ProgressOutOfRangeError);
    expect(() => assertProgress('x', Number.NaN)).toThrow(ProgressOutOfRangeError);
  });
  it('the error carries the field, the value and a bilingual message', () => {
    try {
      assertProgress('actualCumPct', 101);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ProgressOutOfRangeError);
      expect(e).toBeInstanceOf(ProjectRuleError);
      const err = e as ProgressOutOfRangeError;
      expect(err.code).toBe('progress_out_of_range');
      expect(err.field).toBe('actualCumPct');
      expect(err.value).toBe(101);
      expect(err.explanation.id).toContain('antara 0% dan 100%');
      expect(err.explanation.en).toContain('between 0% and 100%');
    }
  });
});

describe('dates in UTC days', () => {
  it('counts calendar days across months, leap days and the year end', () => {
    expect(daysBetween('2023-12-10', '2023-12-11')).toBe(1);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2023-02-28', '2023-03-01')).toBe(1);
    expect(addDays('2023-12-25', 10)).toBe('2024-01-04');
    expect(yearEndOf('2023-07-03')).toBe('2023-12-31');
  });
  it('rejects malformed or impossible dates with invalid_date', () => {
    for (const bad of ['2023-02-30', '2023-2-3', '03/07/2023', '2023-13-01', ''])
      expect(() => dayNumber(bad)).toThrow(expect.objectContaining({ code: 'invalid_date' }));
  });
});

describe('exact rupiah', () => {
  it('percent of an amount in nano-rupiah, rounded half up, exact decimal kept', () => {
    const n = pctOfRupiah(4_450_000_048, 5, 'cap');
    expect(nanoToDecimal(n)).toBe('222500002.4');
    expect(nanoToRupiah(n)).toBe(222_500_002);
    expect(nanoToRupiah(pctOfRupiah(1, 50, 'x'))).toBe(1); // 0.5 → 1
  });
  it('a rate with float noise is accepted; one with more than 6 decimals is not', () => {
    expect(nanoToDecimal(pctOfRupiah(1_000, 0.1 * 3, 'x'))).toBe('3');
    expect(() => pctOfRupiah(1_000, 45.0000001, 'x')).toThrow(
      expect.objectContaining({ code: 'invalid_parameter' }),
    );
    expect(() => pctOfRupiah(1_000, -1, 'x')).toThrow(expect.objectContaining({ code: 'invalid_parameter' }));
  });
  it('compares a ratio with a percent exactly', () => {
    expect(comparePctOfRatio(70, 100, 70, 't')).toBe(0);
    expect(comparePctOfRatio(7_000_000_001, 10_000_000_000, 70, 't')).toBe(1);
    expect(comparePctOfRatio(6_999_999_999, 10_000_000_000, 70, 't')).toBe(-1);
  });
});
