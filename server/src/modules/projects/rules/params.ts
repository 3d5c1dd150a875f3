/**
 * The parameter objects of the construction-monitoring and DAK rules, and pure mappers from the
 * rows of regulation_parameter (server/src/modules/reference/data/regulation-parameters.csv,
 * keys `projects.*` and `dak.*`). Callers read the rows in force on the date of the evaluation
 * (regulationParameter(db, key, onDate)) and pass a lookup here; no rule holds a number itself.
 */
import { ProjectRuleError } from './common.js';

/** One regulation_parameter row as the rules need it (RegulationValue fits). */
export interface RegulationRow {
  value: number;
  legalSource: string;
}

export type RegulationLookup = (key: string) => RegulationRow | undefined;

export const PROJECT_PARAMETER_KEYS = {
  period1MaxPlanPct: 'projects.kontrak_kritis.period1_max_plan_pct',
  period1BehindThreshold: 'projects.kontrak_kritis.period1_behind_threshold',
  period2MaxPlanPct: 'projects.kontrak_kritis.period2_max_plan_pct',
  period2BehindThreshold: 'projects.kontrak_kritis.period2_behind_threshold',
  period2YearEndRule: 'projects.kontrak_kritis.period2_year_end_rule',
  perMilPerDay: 'projects.late_penalty_per_mil_per_day',
  pemberianKesempatanMaxDays: 'projects.pemberian_kesempatan_max_days',
  capPct: 'projects.late_penalty_cap_pct',
  tahap2NdkThresholdPct: 'dak.tahap2.ndk_threshold_pct',
  tahap2DisbursementPctOfAllocation: 'dak.tahap2.disbursement_pct_of_allocation',
  tahap2NdkLowerThresholdPct: 'dak.tahap2.ndk_lower_threshold_pct',
  tahap3MinAbsorptionPct: 'dak.tahap3.min_absorption_pct',
  tahap3MinOutputPct: 'dak.tahap3.min_output_pct',
} as const;

/** Kontrak kritis (Permen PUPR 14/2020 SSUK and predecessors). Thresholds in percentage points. */
export interface KontrakKritisParams {
  /** Upper bound of Periode I (70): a plan of exactly this value is Periode I. */
  period1MaxPlanPct: number;
  /** Periode I is kritis when behind plan by more than this (10 points). */
  period1BehindThreshold: number;
  /** Upper bound of Periode II (100), quoted in the explanation. */
  period2MaxPlanPct: number;
  /** Periode II is kritis when behind plan by more than this (5 points). */
  period2BehindThreshold: number;
  /** Periode II year-end case applies (the table's flag = 1). */
  period2YearEndRule: boolean;
  legalSource: string;
}

/** Late penalty (denda keterlambatan), pemberian kesempatan, and the usual cap. */
export interface PenaltyParams {
  /** Per mil of the base per calendar day late (1). */
  perMilPerDay: number;
  /** Longest pemberian kesempatan after the contract end, calendar days (50). */
  pemberianKesempatanMaxDays: number;
  /** Cap as percent of the contract value (5) — a [S] secondary-source rule. */
  capPct: number;
  sources: { rate: string; pemberianKesempatan: string; cap: string };
}

/** DAK Fisik tahap II (2023 rule) and tahap III (2021 rule) conditions. */
export interface DakTrancheParams {
  /** NDK above this percent of the allocation → the full tahap II share (70). */
  tahap2NdkThresholdPct: number;
  /** The full tahap II share, percent of the allocation (45). */
  tahap2DisbursementPctOfAllocation: number;
  /** NDK above this and at most the threshold → NDK minus tahap I (25). */
  tahap2NdkLowerThresholdPct: number;
  /** Minimum absorption of the funds received in the RKUD (90). */
  tahap3MinAbsorptionPct: number;
  /** Minimum capaian output (70). */
  tahap3MinOutputPct: number;
  sources: {
    tahap2NdkThreshold: string;
    tahap2Disbursement: string;
    tahap2NdkLowerThreshold: string;
    tahap3MinAbsorption: string;
    tahap3MinOutput: string;
  };
}

function need(lookup: RegulationLookup, key: string): RegulationRow {
  const row = lookup(key);
  if (!row || !Number.isFinite(row.value))
    throw new ProjectRuleError(
      'invalid_parameter',
      {
        id: `Parameter regulasi ${key} tidak tersedia pada tanggal evaluasi.`,
        en: `Regulation parameter ${key} is not in force on the evaluation date.`,
      },
      { key },
    );
  return row;
}

/** The distinct legal sources of rows that state one rule, joined (they are normally identical). */
const sourceOf = (...rows: RegulationRow[]) => [...new Set(rows.map((r) => r.legalSource))].join(' | ');

export function kontrakKritisParamsFrom(lookup: RegulationLookup): KontrakKritisParams {
  const k = PROJECT_PARAMETER_KEYS;
  const p1 = need(lookup, k.period1MaxPlanPct);
  const t1 = need(lookup, k.period1BehindThreshold);
  const p2 = need(lookup, k.period2MaxPlanPct);
  const t2 = need(lookup, k.period2BehindThreshold);
  const ye = need(lookup, k.period2YearEndRule);
  return {
    period1MaxPlanPct: p1.value,
    period1BehindThreshold: t1.value,
    period2MaxPlanPct: p2.value,
    period2BehindThreshold: t2.value,
    period2YearEndRule: ye.value === 1,
    legalSource: sourceOf(p1, t1, p2, t2, ye),
  };
}

export function penaltyParamsFrom(lookup: RegulationLookup): PenaltyParams {
  const k = PROJECT_PARAMETER_KEYS;
  const rate = need(lookup, k.perMilPerDay);
  const kesempatan = need(lookup, k.pemberianKesempatanMaxDays);
  const cap = need(lookup, k.capPct);
  return {
    perMilPerDay: rate.value,
    pemberianKesempatanMaxDays: kesempatan.value,
    capPct: cap.value,
    sources: { rate: rate.legalSource, pemberianKesempatan: kesempatan.legalSource, cap: cap.legalSource },
  };
}

export function dakTrancheParamsFrom(lookup: RegulationLookup): DakTrancheParams {
  const k = PROJECT_PARAMETER_KEYS;
  const ndk = need(lookup, k.tahap2NdkThresholdPct);
  const disb = need(lookup, k.tahap2DisbursementPctOfAllocation);
  const lower = need(lookup, k.tahap2NdkLowerThresholdPct);
  const absorption = need(lookup, k.tahap3MinAbsorptionPct);
  const output = need(lookup, k.tahap3MinOutputPct);
  return {
    tahap2NdkThresholdPct: ndk.value,
    tahap2DisbursementPctOfAllocation: disb.value,
    tahap2NdkLowerThresholdPct: lower.value,
    tahap3MinAbsorptionPct: absorption.value,
    tahap3MinOutputPct: output.value,
    sources: {
      tahap2NdkThreshold: ndk.legalSource,
      tahap2Disbursement: disb.legalSource,
      tahap2NdkLowerThreshold: lower.legalSource,
      tahap3MinAbsorption: absorption.legalSource,
      tahap3MinOutput: output.legalSource,
    },
  };
}
