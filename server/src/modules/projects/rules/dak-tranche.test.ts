import { describe, expect, it } from 'vitest';
import { ProgressOutOfRangeError, round2 } from './common.js';
import { lrpdCoSummary, type Tahap3Input, tahap2Readiness, tahap3Readiness } from './dak-tranche.js';
import type { DakTrancheParams } from './params.js';

// regulation_parameter dak.* (checked against the shipped table in params.test.ts).
const params: DakTrancheParams = {
  tahap2NdkThresholdPct: 70,
  tahap2DisbursementPctOfAllocation: 45,
  tahap2NdkLowerThresholdPct: 25,
  tahap3MinAbsorptionPct: 90,
  tahap3MinOutputPct: 70,
  sources: {
    tahap2NdkThreshold: 'src:ndk70',
    tahap2Disbursement: 'src:45',
    tahap2NdkLowerThreshold: 'src:25',
    tahap3MinAbsorption: 'src:90',
    tahap3MinOutput: 'src:70',
  },
};
const ALLOCATION = 10_000_000_000;

describe('DAK Fisik tahap II', () => {
  const t2 = (ndk: number, tahap1Received = 3_000_000_000, allocation = ALLOCATION) =>
    tahap2Readiness({ allocation, ndk, tahap1Received }, params);

  it('NDK above 70 % of the allocation → 45 % of the allocation', () => {
    const r = t2(7_000_000_001);
    expect(r).toMatchObject({
      band: 'above_threshold',
      eligible: true,
      amount: 4_500_000_000,
      legalSource: 'src:45',
    });
    expect(r.explanation.id).toContain('di atas 70,00% → tahap II = 45,00% × pagu = Rp 4.500.000.000');
  });

  it('NDK exactly 70 % → NDK minus tahap I', () => {
    const r = t2(7_000_000_000);
    expect(r).toMatchObject({
      band: 'between_thresholds',
      eligible: true,
      amount: 4_000_000_000,
      legalSource: 'src:25',
    });
    expect(r.ndkPct).toBe(70);
    expect(r.explanation.id).toContain(
      'NDK − tahap I = Rp 7.000.000.000 − Rp 3.000.000.000 = Rp 4.000.000.000',
    );
  });

  it('NDK just above 25 % but below tahap I: nothing to disburse', () => {
    const r = t2(2_500_000_001);
    expect(r).toMatchObject({ band: 'between_thresholds', eligible: false, amount: 0 });
    expect(r.explanation.en).toContain('nothing to disburse');
  });

  it('NDK exactly 25 % or less → not eligible', () => {
    expect(t2(2_500_000_000)).toMatchObject({ band: 'below_lower_threshold', eligible: false, amount: 0 });
    expect(t2(0).explanation.id).toContain('belum memenuhi syarat tahap II');
  });

  it('45 % of an odd allocation: rounded half up, exact kept', () => {
    const r = t2(14_000_000_000, 0, 14_674_000_001);
    expect(r).toMatchObject({ amount: 6_603_300_000, amountExact: '6603300000.45' });
  });

  it('amounts must be whole rupiah, the allocation positive', () => {
    expect(() => t2(1_000.5)).toThrow(expect.objectContaining({ code: 'invalid_amount' }));
    expect(() => t2(1_000, 0, 0)).toThrow(expect.objectContaining({ code: 'invalid_amount' }));
  });
});

describe('DAK Fisik tahap III and the LRPD-CO summary', () => {
  const base: Tahap3Input = {
    allocation: ALLOCATION,
    contractValue: 9_200_000_000,
    fundsReceived: 6_000_000_000,
    payments: [3_000_000_000, 2_400_000_000],
    physicalOutputPct: 70,
    photoCount: 12,
    reviuReportPresent: true,
  };
  const t3 = (over: Partial<Tahap3Input> = {}) => tahap3Readiness({ ...base, ...over }, params);

  it('LRPD-CO summary: absorbed = sum of payments, absorption %, output %', () => {
    const s = lrpdCoSummary(base);
    expect(s).toMatchObject({
      allocation: ALLOCATION,
      contractValue: 9_200_000_000,
      fundsReceived: 6_000_000_000,
      fundsAbsorbed: 5_400_000_000,
      unabsorbed: 600_000_000,
      physicalOutputPct: 70,
    });
    expect(s.absorptionPct).toBe(90);
    expect(s.explanation.id).toContain('terserap (jumlah 2 pembayaran) Rp 5.400.000.000 = 90,00%');
  });

  it('exactly 90 % absorption and 70 % output, photos and reviu present → ready', () => {
    const r = t3();
    expect(r.ready).toBe(true);
    expect(r.items.map((i) => [i.item, i.met])).toEqual([
      ['absorption', true],
      ['output', true],
      ['photos', true],
      ['reviu_report', true],
    ]);
    expect(r.items[0]).toMatchObject({ figure: 90, required: 90, legalSource: 'src:90' });
    expect(r.items[1]).toMatchObject({ figure: 70, required: 70, legalSource: 'src:70' });
    expect(r.explanation.id).toContain('Semua syarat tahap III yang diperiksa terpenuhi');
  });

  it('one rupiah short of 90 %, 69.99 % output, no photos, no reviu → each item not met, with its figure', () => {
    const r = t3({
      payments: [3_000_000_000, 2_399_999_999],
      physicalOutputPct: 69.99,
      photoCount: 0,
      reviuReportPresent: false,
    });
    expect(r.ready).toBe(false);
    expect(r.items.every((i) => !i.met)).toBe(true);
    expect(round2(r.items[0]?.figure as number)).toBe(90); // 89.99999998 shows as 90.00 but is not met
    expect(r.items[0]?.explanation.id).toContain('BELUM terpenuhi');
    expect(r.items[1]?.explanation.en).toContain('Output 69.99%; required ≥ 70.00%: NOT met');
    expect(r.items[2]?.explanation.id).toContain('Belum ada foto');
    expect(r.items[3]?.explanation.id).toContain('belum ada');
    expect(r.explanation.id).toBe(
      '4 syarat tahap III belum terpenuhi: penyerapan dana, capaian output, foto, laporan hasil reviu.',
    );
  });

  it('nothing received yet: absorption cannot be computed and is not met', () => {
    const r = t3({ fundsReceived: 0, payments: [] });
    expect(r.summary.absorptionPct).toBeNull();
    expect(r.items[0]).toMatchObject({ met: false, figure: null });
    expect(r.items[0]?.explanation.en).toContain('absorption cannot be computed');
  });

  it('the minimums come from the parameters', () => {
    const r = tahap3Readiness({ ...base, physicalOutputPct: 60 }, { ...params, tahap3MinOutputPct: 60 });
    expect(r.items[1]?.met).toBe(true);
  });

  it('rejects output outside 0–100, fractional payments, a negative photo count', () => {
    expect(() => t3({ physicalOutputPct: 100.5 })).toThrow(ProgressOutOfRangeError);
    expect(() => t3({ physicalOutputPct: -1 })).toThrow(ProgressOutOfRangeError);
    expect(() => t3({ payments: [10.5] })).toThrow(expect.objectContaining({ code: 'invalid_amount' }));
    expect(() => t3({ photoCount: -1 })).toThrow(expect.objectContaining({ code: 'invalid_input' }));
  });
});
