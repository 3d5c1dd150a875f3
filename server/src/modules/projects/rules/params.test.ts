import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsvObjects } from '../../../lib/csv.js';
import { referenceDataFolder } from '../../../lib/paths.js';
import {
  dakTrancheParamsFrom,
  kontrakKritisParamsFrom,
  PROJECT_PARAMETER_KEYS,
  penaltyParamsFrom,
  type RegulationLookup,
} from './params.js';

// The parameter rows exactly as shipped (the database is loaded from this file).
const rows = parseCsvObjects(
  readFileSync(path.join(referenceDataFolder, 'regulation-parameters.csv'), 'utf8'),
);
const lookup: RegulationLookup = (key) => {
  const row = rows.filter((r) => r.key === key).at(-1);
  return row ? { value: Number(row.value), legalSource: row.legal_source ?? '' } : undefined;
};

describe('parameter objects from regulation_parameter', () => {
  it('every key the rules read exists in the shipped table', () => {
    for (const key of Object.values(PROJECT_PARAMETER_KEYS)) expect(lookup(key), key).toBeDefined();
  });

  it('kontrak kritis: 70, 10, 100, 5, year-end rule on, PUPR source', () => {
    const p = kontrakKritisParamsFrom(lookup);
    expect(p).toMatchObject({
      period1MaxPlanPct: 70,
      period1BehindThreshold: 10,
      period2MaxPlanPct: 100,
      period2BehindThreshold: 5,
      period2YearEndRule: true,
    });
    expect(p.legalSource).toContain('Permen PUPR 14/2020');
    expect(p.legalSource).not.toContain(' | '); // the rows agree on the source
  });

  it('penalty: 1 per mil a day, 50 days, 5 % cap, each with its own source', () => {
    const p = penaltyParamsFrom(lookup);
    expect(p).toMatchObject({ perMilPerDay: 1, pemberianKesempatanMaxDays: 50, capPct: 5 });
    expect(p.sources.rate).toContain('Perpres 16/2018');
    expect(p.sources.pemberianKesempatan).toContain('Permen PUPR 14/2020');
    expect(p.sources.cap).toContain('LKPP 14/2012');
  });

  it('DAK: 70 / 45 / 25 for tahap II and 90 / 70 for tahap III', () => {
    const p = dakTrancheParamsFrom(lookup);
    expect(p).toMatchObject({
      tahap2NdkThresholdPct: 70,
      tahap2DisbursementPctOfAllocation: 45,
      tahap2NdkLowerThresholdPct: 25,
      tahap3MinAbsorptionPct: 90,
      tahap3MinOutputPct: 70,
    });
    expect(p.sources.tahap2Disbursement).toContain('PMK 14/PMK.07/2023');
    expect(p.sources.tahap3MinOutput).toContain('s-305-wpb18-kp02-2021');
  });

  it('a flag other than 1 switches the year-end rule off', () => {
    const p = kontrakKritisParamsFrom((k) =>
      k === PROJECT_PARAMETER_KEYS.period2YearEndRule ? { value: 0, legalSource: 'x' } : lookup(k),
    );
    expect(p.period2YearEndRule).toBe(false);
    expect(p.legalSource).toContain(' | x');
  });

  it('a missing parameter is an invalid_parameter error naming the key', () => {
    expect(() =>
      penaltyParamsFrom((k) => (k === PROJECT_PARAMETER_KEYS.capPct ? undefined : lookup(k))),
    ).toThrow(
      expect.objectContaining({
        code: 'invalid_parameter',
        details: { key: 'projects.late_penalty_cap_pct' },
      }),
    );
  });
});
