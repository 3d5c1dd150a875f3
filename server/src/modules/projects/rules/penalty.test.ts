import { describe, expect, it } from 'vitest';
import type { PenaltyParams } from './params.js';
import { type LatePenaltyInput, latePenalty } from './penalty.js';

// regulation_parameter projects.late_penalty_per_mil_per_day / pemberian_kesempatan_max_days /
// late_penalty_cap_pct (checked against the shipped table in params.test.ts).
const params: PenaltyParams = {
  perMilPerDay: 1,
  pemberianKesempatanMaxDays: 50,
  capPct: 5,
  sources: {
    rate: 'Perpres 16/2018 [test]',
    pemberianKesempatan: 'Permen PUPR 14/2020 [test]',
    cap: 'Perka LKPP 14/2012 [S] [test]',
  },
};
// The PLUT-KUMKM Mojokerto building contract value (DOMAIN.md §0), ending like the sentra's on 10 Dec 2023.
const PLUT = 4_450_000_048;
const penalty = (over: Partial<LatePenaltyInput>, p: PenaltyParams = params) =>
  latePenalty(
    {
      contractValue: PLUT,
      originalEndDate: '2023-12-10',
      completionDate: null,
      asOf: '2023-12-01',
      base: { kind: 'contract_value' },
      ...over,
    },
    p,
  );

describe('late penalty: days counted', () => {
  it('completed on the end date: not late; the day after: 1 day', () => {
    const onTime = penalty({ completionDate: '2023-12-10' });
    expect(onTime).toMatchObject({ daysLate: 0, firstLateDay: null, completed: true });
    expect(onTime.uncapped).toEqual({ amount: 0, exact: '0' });
    expect(onTime.explanation.id).toContain('tidak terlambat, tidak ada denda');
    const oneDay = penalty({ completionDate: '2023-12-11' });
    expect(oneDay).toMatchObject({ daysLate: 1, firstLateDay: '2023-12-11', countedUntil: '2023-12-11' });
  });

  it('1 per mil of the contract value per day, exact and rounded to the rupiah', () => {
    const r = penalty({ completionDate: '2023-12-20' });
    expect(r.daysLate).toBe(10);
    expect(r.perDay).toEqual({ amount: 4_450_000, exact: '4450000.048' });
    expect(r.uncapped).toEqual({ amount: 44_500_000, exact: '44500000.48' });
    expect(r.legalSource).toBe(params.sources.rate);
    expect(r.explanation.id).toContain(
      'Terlambat 10 hari kalender (11 Desember 2023 s.d. 20 Desember 2023, tanggal PHO)',
    );
    expect(r.explanation.id).toContain(
      'Denda = 1‰ × nilai kontrak Rp 4.450.000.048 × 10 hari = Rp 44.500.000',
    );
  });

  it('not complete: counted to "today", across the year end', () => {
    const r = penalty({ completionDate: null, asOf: '2024-01-05' });
    expect(r).toMatchObject({ completed: false, countedUntil: '2024-01-05', daysLate: 26 });
    expect(r.explanation.en).toContain('not complete');
    expect(penalty({ asOf: '2023-12-09' }).daysLate).toBe(0);
  });

  it('time-extension addenda move the end date: days added, then a new end date', () => {
    const r = penalty({
      timeExtensions: [
        { ref: 'Adendum I', days: 14 },
        { ref: 'Adendum II', newEndDate: '2023-12-28' },
      ],
      completionDate: '2024-01-05',
    });
    expect(r).toMatchObject({
      endDate: '2023-12-28',
      extensionDays: 18,
      daysLate: 8,
      firstLateDay: '2023-12-29',
    });
    expect(r.uncapped).toEqual({ amount: 35_600_000, exact: '35600000.384' });
    expect(r.explanation.id).toContain(
      'menjadi 28 Desember 2023 setelah adendum perpanjangan waktu (18 hari)',
    );
    // Completing on the extended end date is on time.
    expect(penalty({ timeExtensions: [{ ref: 'A', days: 14 }], completionDate: '2023-12-24' }).daysLate).toBe(
      0,
    );
    expect(penalty({ timeExtensions: [{ ref: 'A', days: 14 }], completionDate: '2023-12-25' }).daysLate).toBe(
      1,
    );
  });

  it('base: the value of the unfinished part, if the contract says so; the cap stays on the contract value', () => {
    const r = penalty({
      base: { kind: 'unfinished_part', unfinishedValue: 1_000_000_000 },
      completionDate: '2023-12-30',
    });
    expect(r.daysLate).toBe(20);
    expect(r.uncapped.amount).toBe(20_000_000);
    expect(r.cap).toMatchObject({
      amount: 222_500_002,
      exact: '222500002.4',
      reached: false,
      daysToReach: 223,
    });
    expect(r.explanation.id).toContain('nilai bagian kontrak yang belum selesai Rp 1.000.000.000');
  });
});

describe('the 5 % cap ([S], reported, uncapped kept)', () => {
  const contract = { contractValue: 1_000_000_000, originalEndDate: '2023-12-10' };
  it('49 days: below; 50 days: reached exactly; 51 days: capped, uncapped kept', () => {
    const d49 = penalty({ ...contract, completionDate: '2024-01-28' });
    expect(d49).toMatchObject({ daysLate: 49, capReached: false });
    expect(d49.capped.amount).toBe(49_000_000);
    const d50 = penalty({ ...contract, completionDate: '2024-01-29' });
    expect(d50).toMatchObject({ daysLate: 50, capReached: true });
    expect(d50.uncapped.amount).toBe(50_000_000);
    expect(d50.cap).toMatchObject({ amount: 50_000_000, reached: true, daysToReach: 50 });
    const d51 = penalty({ ...contract, completionDate: '2024-01-30' });
    expect(d51.uncapped.amount).toBe(51_000_000);
    expect(d51.capped.amount).toBe(50_000_000);
    expect(d51.cap.explanation.id).toContain(
      '[S] Batas denda 5,00% dari nilai kontrak = Rp 50.000.000: TERCAPAI',
    );
    expect(d51.cap.explanation.id).toContain('sumber sekunder');
    expect(d51.cap.explanation.en).toContain('secondary sources only');
    expect(d51.cap.legalSource).toBe(params.sources.cap);
  });

  it('the rate and the cap come from the parameters', () => {
    const r = penalty(
      { ...contract, completionDate: '2023-12-20' },
      { ...params, perMilPerDay: 0.5, capPct: 0.4 },
    );
    expect(r.uncapped.amount).toBe(5_000_000);
    expect(r.cap).toMatchObject({ amount: 4_000_000, reached: true, daysToReach: 8 });
  });
});

describe('pemberian kesempatan (max 50 days)', () => {
  it('50 days is allowed, 51 exceeds the limit', () => {
    const ok = penalty({ pemberianKesempatanDays: 50, completionDate: '2024-01-20' });
    expect(ok.pemberianKesempatan).toMatchObject({
      days: 50,
      maxDays: 50,
      exceedsMax: false,
      endDate: '2024-01-29',
      withinKesempatan: true,
      legalSource: params.sources.pemberianKesempatan,
    });
    expect(ok.pemberianKesempatan?.explanation.id).toContain('Denda tetap berjalan');
    expect(ok.daysLate).toBe(41); // the kesempatan does not move the end date
    const over = penalty({ pemberianKesempatanDays: 51, completionDate: '2024-01-20' });
    expect(over.pemberianKesempatan?.exceedsMax).toBe(true);
    expect(over.pemberianKesempatan?.explanation.id).toContain('MELEBIHI batas 50 hari kalender');
  });

  it('counted from the extended end date; finishing after it is flagged', () => {
    const r = penalty({
      timeExtensions: [{ ref: 'Adendum I', days: 10 }],
      pemberianKesempatanDays: 30,
      completionDate: null,
      asOf: '2024-01-25',
    });
    expect(r.pemberianKesempatan).toMatchObject({ endDate: '2024-01-19', withinKesempatan: false });
    expect(r.daysLate).toBe(36);
    expect(r.pemberianKesempatan?.explanation.en).toContain('past the kesempatan');
  });

  it('late beyond 50 days is flagged even without a kesempatan', () => {
    expect(penalty({ completionDate: '2024-01-29' }).lateBeyondKesempatanMax).toBe(false);
    const r = penalty({ completionDate: '2024-01-30' });
    expect(r).toMatchObject({ daysLate: 51, lateBeyondKesempatanMax: true, pemberianKesempatan: null });
    expect(r.explanation.id).toContain('melewati batas pemberian kesempatan 50 hari');
  });
});

describe('penalty input checks', () => {
  it('amounts must be whole rupiah; the unfinished part cannot exceed the contract', () => {
    expect(() => penalty({ contractValue: 1.5 })).toThrow(
      expect.objectContaining({ code: 'invalid_amount' }),
    );
    expect(() => penalty({ contractValue: 0 })).toThrow(expect.objectContaining({ code: 'invalid_amount' }));
    expect(() => penalty({ base: { kind: 'unfinished_part', unfinishedValue: PLUT + 1 } })).toThrow(
      /exceeds the contract value/,
    );
  });
  it('dates and extensions must be valid', () => {
    expect(() => penalty({ completionDate: '2023-12-32' })).toThrow(
      expect.objectContaining({ code: 'invalid_date' }),
    );
    expect(() => penalty({ timeExtensions: [{ ref: 'A', days: 1.5 }] })).toThrow(
      expect.objectContaining({ code: 'invalid_input' }),
    );
    expect(() => penalty({ pemberianKesempatanDays: -1 })).toThrow(
      expect.objectContaining({ code: 'invalid_input' }),
    );
  });
});
