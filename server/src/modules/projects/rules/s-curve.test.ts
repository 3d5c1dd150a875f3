import { describe, expect, it } from 'vitest';
import { ProgressOutOfRangeError, round2 } from './common.js';
import {
  type BoqItem,
  compareProgress,
  contractEndDate,
  type ItemSchedule,
  plannedSCurve,
  weekCalendar,
  weighBoq,
} from './s-curve.js';

// A small RAB for a two-storey sentra building, Rp 2.5 bn, ten weeks. Its planned cumulative
// curve has the shape of the Alun-alun Jombang 2021 example (DOMAIN.md §1.5): 1.47 in week 1,
// 17.20 in week 4, 49.30 in week 7, 100 at the end.
const RAB: BoqItem[] = [
  {
    id: 'I.1',
    division: 'I. Persiapan',
    name: 'Mobilisasi, direksi keet, pembersihan',
    volume: 1,
    unit: 'ls',
    unitPrice: 73_500_000,
  },
  {
    id: 'II.1',
    division: 'II. Tanah dan pondasi',
    name: 'Pondasi footplat',
    volume: 250,
    unit: 'm3',
    unitPrice: 1_100_000,
  },
  {
    id: 'III.1',
    division: 'III. Struktur',
    name: 'Beton bertulang K-250',
    volume: 326,
    unit: 'm3',
    unitPrice: 2_500_000,
  },
  {
    id: 'IV.1',
    division: 'IV. Arsitektur',
    name: 'Pasangan dinding bata ringan',
    volume: 2_000,
    unit: 'm2',
    unitPrice: 230_000,
  },
  {
    id: 'IV.2',
    division: 'IV. Arsitektur',
    name: 'Atap dan finishing',
    volume: 1_250,
    unit: 'm2',
    unitPrice: 500_000,
  },
  {
    id: 'V.1',
    division: 'V. MEP',
    name: 'Instalasi listrik, air bersih, IPAL',
    volume: 1,
    unit: 'ls',
    unitPrice: 251_500_000,
  },
];
const CONTRACT = 2_500_000_000;
const SCHEDULES: ItemSchedule[] = [
  { itemId: 'I.1', weeks: { 1: 50, 2: 50 } },
  { itemId: 'II.1', weeks: { 2: 20, 3: 40, 4: 40 } },
  { itemId: 'III.1', weeks: { 4: 10, 5: 30, 6: 30, 7: 30 } },
  { itemId: 'IV.1', weeks: { 7: 15, 8: 35, 9: 50 } },
  { itemId: 'IV.2', weeks: { 8: 40, 9: 30, 10: 30 } },
  { itemId: 'V.1', weeks: { 9: 50, 10: 50 } },
];
// SPMK Monday 3 July 2023, 67 calendar days: the tenth week is cut to four days.
const calendar = weekCalendar('2023-07-03', contractEndDate('2023-07-03', 67));

describe('week calendar from the SPMK date', () => {
  it('end date from a duration, weeks of seven days, the last clipped at the contract end', () => {
    expect(calendar.endDate).toBe('2023-09-07');
    expect(calendar.durationDays).toBe(67);
    expect(calendar.totalWeeks).toBe(10);
    expect(calendar.weekRange(1)).toEqual({
      week: 1,
      startDate: '2023-07-03',
      endDate: '2023-07-09',
      days: 7,
      clipped: false,
    });
    expect(calendar.weekRange(9)).toMatchObject({ startDate: '2023-08-28', endDate: '2023-09-03', days: 7 });
    expect(calendar.weekRange(10)).toEqual({
      week: 10,
      startDate: '2023-09-04',
      endDate: '2023-09-07',
      days: 4,
      clipped: true,
    });
    expect(calendar.weeks()).toHaveLength(10);
  });

  it('weekOf: the first and last day of a week, and the contract end', () => {
    const week = (d: string) => {
      const r = calendar.weekOf(d);
      return r.status === 'in_contract' ? r.week : r.status;
    };
    expect(week('2023-07-03')).toBe(1);
    expect(week('2023-07-09')).toBe(1);
    expect(week('2023-07-10')).toBe(2);
    expect(week('2023-09-07')).toBe(10);
  });

  it('a date outside the contract is a result that says so, not a week', () => {
    const before = calendar.weekOf('2023-07-02');
    expect(before).toMatchObject({ status: 'before_start', daysBeforeStart: 1 });
    expect(before.status === 'before_start' && before.explanation.id).toContain('sebelum SPMK');
    const after = calendar.weekOf('2023-09-08');
    expect(after).toMatchObject({ status: 'after_end', daysAfterEnd: 1, weekByFormula: 10 });
    expect(after.status === 'after_end' && after.explanation.en).toContain('1 days after the contract end');
    expect(calendar.weekOf('2023-09-11')).toMatchObject({ status: 'after_end', weekByFormula: 11 });
  });

  it('a week number outside the contract, an end before the start, a bad duration: errors', () => {
    expect(() => calendar.weekRange(0)).toThrow(expect.objectContaining({ code: 'invalid_input' }));
    expect(() => calendar.weekRange(11)).toThrow(/Week 11 is outside the contract/);
    expect(() => calendar.weekRange(1.5)).toThrow(expect.objectContaining({ code: 'invalid_input' }));
    expect(() => weekCalendar('2023-07-03', '2023-07-02')).toThrow(/before the SPMK date/);
    expect(() => contractEndDate('2023-07-03', 0)).toThrow(
      expect.objectContaining({ code: 'invalid_input' }),
    );
    expect(() => calendar.weekOf('2023-07-32')).toThrow(expect.objectContaining({ code: 'invalid_date' }));
    expect(weekCalendar('2023-07-03', '2023-07-03').totalWeeks).toBe(1);
  });
});

describe('weights (bobot) from the bill of quantities', () => {
  it('bobot = total ÷ contract value × 100, summing to 100', () => {
    const w = weighBoq(RAB, CONTRACT);
    expect(w.items.map((i) => round2(i.weightPct))).toEqual([2.94, 11, 32.6, 18.4, 25, 10.06]);
    expect(w.items[2]?.total).toBe(815_000_000);
    expect(w.boqTotal).toBe(CONTRACT);
    expect(round2(w.sumWeightsPct)).toBe(100);
    expect(w.problems).toEqual([]);
    expect(w.explanation.id).toContain('Bobot item = harga item ÷ nilai kontrak');
  });

  it('weights not summing to 100: by how much, and the BoQ total against the contract value', () => {
    // The contract value includes 11 % VAT the items do not: the weights sum to 90.09.
    const w = weighBoq(RAB, 2_775_000_000);
    expect(w.problems).toHaveLength(1);
    const p = w.problems[0];
    expect(p).toMatchObject({
      code: 'weights_not_100',
      severity: 'error',
      boqTotal: 2_500_000_000,
      contractValue: 2_775_000_000,
      boqMinusContract: -275_000_000,
      boqDiffersFromContract: true,
    });
    if (p?.code !== 'weights_not_100') throw new Error('unreachable');
    expect(round2(p.sumPct)).toBe(90.09);
    expect(round2(p.differencePct)).toBe(-9.91);
    expect(p.explanation.id).toContain('Jumlah bobot 90,09%, selisih -9,91 poin dari 100');
    expect(p.explanation.id).toContain('lebih kecil Rp 275.000.000 dari nilai kontrak Rp 2.775.000.000');
    expect(p.explanation.en).toContain('is Rp 275,000,000 below the contract value');
  });

  it('BoQ above the contract value is reported too', () => {
    const p = weighBoq(RAB, 2_400_000_000).problems[0];
    expect(p).toMatchObject({ code: 'weights_not_100', boqMinusContract: 100_000_000 });
    expect(p?.explanation.id).toContain('lebih besar');
  });

  it('within the 0.01 tolerance: a rounding difference in rupiah is only a warning', () => {
    const w = weighBoq(RAB, 2_500_000_100);
    expect(w.problems).toEqual([
      expect.objectContaining({ code: 'boq_total_differs', severity: 'warning', boqMinusContract: -100 }),
    ]);
    // 0.01 points exactly is inside the tolerance, just beyond it is not.
    expect(
      weighBoq([{ ...RAB[0], volume: 1, unitPrice: 100_010 } as BoqItem], 100_000).problems[0]?.code,
    ).toBe('boq_total_differs');
    expect(
      weighBoq([{ ...RAB[0], volume: 1, unitPrice: 100_011 } as BoqItem], 100_000).problems[0]?.code,
    ).toBe('weights_not_100');
  });

  it('zero or negative volume or price, and duplicate item codes, are problems', () => {
    const items: BoqItem[] = [
      { ...(RAB[0] as BoqItem), volume: 0 },
      { ...(RAB[1] as BoqItem), unitPrice: -5 },
      { ...(RAB[1] as BoqItem) },
    ];
    const codes = weighBoq(items, CONTRACT).problems.map((p) => [p.code, 'itemId' in p ? p.itemId : null]);
    expect(codes).toEqual([
      ['non_positive_quantity', 'I.1'],
      ['non_positive_quantity', 'II.1'],
      ['duplicate_item_id', 'II.1'],
      ['weights_not_100', null],
    ]);
  });

  it('a contract value that is not a positive amount, or a volume that is not a number: errors', () => {
    expect(() => weighBoq(RAB, 0)).toThrow(expect.objectContaining({ code: 'invalid_amount' }));
    expect(() => weighBoq([{ ...(RAB[0] as BoqItem), volume: Number.NaN }], CONTRACT)).toThrow(
      expect.objectContaining({ code: 'invalid_input' }),
    );
  });
});

describe('planned S-curve', () => {
  const curve = plannedSCurve({ items: RAB, contractValue: CONTRACT, schedules: SCHEDULES, calendar });

  it('weekly and cumulative plan: 1.47 → 17.20 (wk 4) → 49.30 (wk 7) → 100', () => {
    expect(curve.ok).toBe(true);
    expect(curve.problems).toEqual([]);
    expect(curve.rows.map((r) => round2(r.planCumPct))).toEqual([
      1.47, 5.14, 9.54, 17.2, 26.98, 36.76, 49.3, 65.74, 87.47, 100,
    ]);
    expect(curve.rows.map((r) => round2(r.planPct))).toEqual([
      1.47, 3.67, 4.4, 7.66, 9.78, 9.78, 12.54, 16.44, 21.73, 12.53,
    ]);
    expect(round2(curve.finalCumPct)).toBe(100);
    expect(curve.rows[9]).toMatchObject({ week: 10, startDate: '2023-09-04', endDate: '2023-09-07' });
    expect(curve.explanation.id).toContain('rencana kumulatif akhir 100,00%');
  });

  it('the cumulative plan never decreases', () => {
    for (let i = 1; i < curve.rows.length; i++)
      expect(curve.rows[i]?.planCumPct).toBeGreaterThanOrEqual(curve.rows[i - 1]?.planCumPct ?? 0);
  });

  it("an item's shares not summing to 100 are reported, and the curve misses that much", () => {
    const bad = plannedSCurve({
      items: RAB,
      contractValue: CONTRACT,
      schedules: [{ itemId: 'I.1', weeks: { 1: 50, 2: 40 } }, ...SCHEDULES.slice(1)],
      calendar,
    });
    expect(bad.ok).toBe(false);
    expect(bad.problems).toEqual([
      expect.objectContaining({ code: 'shares_not_100', itemId: 'I.1', sumPct: 90, differencePct: -10 }),
    ]);
    expect(bad.problems[0]?.explanation.id).toContain('berjumlah 90,00%, bukan 100%');
    expect(round2(bad.finalCumPct)).toBe(99.71);
  });

  it('unscheduled and unknown items, weeks outside the contract, negative shares', () => {
    const bad = plannedSCurve({
      items: RAB,
      contractValue: CONTRACT,
      schedules: [
        { itemId: 'I.1', weeks: { 0: 10, 1: 50, 2: 40 } },
        { itemId: 'I.1', weeks: { 1: 100 } },
        { itemId: 'X.9', weeks: { 1: 100 } },
        { itemId: 'II.1', weeks: { 2: 20, 3: 40, 11: 40 } },
        { itemId: 'III.1', weeks: { 4: 10, 5: -30, 6: 30, 7: 30 } },
        ...SCHEDULES.slice(3, 5),
      ],
      calendar,
    });
    expect(bad.problems.map((p) => [p.code, 'itemId' in p ? p.itemId : null])).toEqual([
      ['week_out_of_range', 'I.1'],
      ['duplicate_schedule', 'I.1'],
      ['unknown_item', 'X.9'],
      ['week_out_of_range', 'II.1'],
      ['negative_share', 'III.1'],
      ['shares_not_100', 'III.1'],
      ['item_not_scheduled', 'V.1'],
    ]);
    expect(bad.explanation.en).toContain('7 problem(s)');
  });

  it('weights not summing to 100 flow into the curve: it ends where the weights do', () => {
    const c = plannedSCurve({ items: RAB, contractValue: 2_775_000_000, schedules: SCHEDULES, calendar });
    expect(c.ok).toBe(false);
    expect(round2(c.finalCumPct)).toBe(90.09);
  });
});

describe('plan against actual', () => {
  const plan = plannedSCurve({ items: RAB, contractValue: CONTRACT, schedules: SCHEDULES, calendar }).rows;

  it('deviasi = realisasi − rencana, weekly actual from the cumulative (Jombang figures)', () => {
    const { rows, decreases } = compareProgress(plan, [
      { week: 1, actualCumPct: 4.11 },
      { week: 4, actualCumPct: 19.2 },
      { week: 7, actualCumPct: 50.48 },
    ]);
    expect(decreases).toEqual([]);
    expect(rows).toHaveLength(10);
    const at = (w: number) => rows[w - 1];
    expect(round2(at(1)?.deviation ?? Number.NaN)).toBe(2.64);
    expect(round2(at(4)?.deviation ?? Number.NaN)).toBe(2);
    expect(round2(at(7)?.deviation ?? Number.NaN)).toBe(1.18);
    expect(round2(at(4)?.actualPct ?? Number.NaN)).toBe(15.09);
    expect(at(2)).toMatchObject({ actualCumPct: null, deviation: null, actualPct: null });
  });

  it('progress going down is reported, not rejected', () => {
    const { rows, decreases } = compareProgress(plan, [
      { week: 1, actualCumPct: 2 },
      { week: 2, actualCumPct: 6 },
      { week: 3, actualCumPct: 5.5 },
    ]);
    expect(decreases).toEqual([
      expect.objectContaining({ code: 'actual_decreased', week: 3, previousCumPct: 6, actualCumPct: 5.5 }),
    ]);
    expect(rows[2]).toMatchObject({ decreased: true, actualPct: -0.5 });
    expect(decreases[0]?.explanation.id).toContain('turun dari laporan sebelumnya');
  });

  it('progress above 100 or below 0 is rejected with ProgressOutOfRangeError', () => {
    expect(() => compareProgress(plan, [{ week: 9, actualCumPct: 100.5 }])).toThrow(ProgressOutOfRangeError);
    expect(() => compareProgress(plan, [{ week: 1, actualCumPct: -1 }])).toThrow(ProgressOutOfRangeError);
  });

  it('reports after the last plan week keep the final plan; duplicate or bad weeks are errors', () => {
    const { rows } = compareProgress(plan, [{ week: 12, actualCumPct: 97 }]);
    expect(rows).toHaveLength(12);
    expect(round2(rows[11]?.planCumPct ?? 0)).toBe(100);
    expect(round2(rows[11]?.deviation ?? 0)).toBe(-3);
    expect(() =>
      compareProgress(plan, [
        { week: 2, actualCumPct: 1 },
        { week: 2, actualCumPct: 2 },
      ]),
    ).toThrow(/two reports for week 2/);
    expect(() => compareProgress(plan, [{ week: 0, actualCumPct: 1 }])).toThrow(
      expect.objectContaining({ code: 'invalid_input' }),
    );
  });
});
