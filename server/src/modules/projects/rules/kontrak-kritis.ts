/**
 * Kontrak kritis: whether a week's progress makes the contract "kritis", which starts the Show
 * Cause Meeting route (Peraturan LKPP 12/2021 Lampiran VII.7.10).
 *
 * Rule (DOMAIN.md §1.2 [V]; PUPR standard contract conditions — Permen PUPR 14/2020 SSUK, before
 * it Permen PUPR 07/PRT/M/2019 and Permen PU 07/PRT/M/2011 Buku PK 06A Bab VII B6 angka 39.2):
 * - Periode I, planned cumulative progress 0–70 %: kritis when actual is behind plan by more than
 *   10;
 * - Periode II, plan 70–100 %: kritis when behind by more than 5;
 * - Periode II, year-end: kritis when behind by less than 5 but the work will run past the
 *   current budget year.
 * The numbers come in as KontrakKritisParams (regulation_parameter `projects.kontrak_kritis.*`).
 *
 * Decisions where the sources are silent:
 * - Exactly 70 % belongs to Periode I. The sources write "0–70 %" and "70–100 %" and do not say
 *   which period owns the boundary; reading the Periode I range as inclusive keeps the wider
 *   (10-point) tolerance at the boundary week. The explanation says so when it matters.
 * - "Terlambat 10 %" is read as percentage points, deviasi = realisasi − rencana [S].
 * - "More than 10" is strict: −10.00 is not kritis, −10.01 is. Comparisons are made at four
 *   decimals (pctUnits), so −10.000000000000007 from float subtraction counts as −10.
 * - The year-end case covers every deviation from just below 0 down to exactly −5 (the sources
 *   say "less than 5", which would leave exactly −5 in neither case).
 * - Finishing on the fiscal year end itself (31 December) is within the year.
 */
import {
  assertProgress,
  type Bilingual,
  comparePct,
  dayNumber,
  fmtDate,
  fmtNum,
  fmtSigned,
  pctUnits,
} from './common.js';
import type { KontrakKritisParams } from './params.js';

export interface WeekEvaluationInput {
  /** Rencana kumulatif, 0–100. */
  planCumPct: number;
  /** Realisasi kumulatif, 0–100. */
  actualCumPct: number;
  /** Forecast finish date (e.g. forecastCompletion().conservativeFinishDate); null when unknown. */
  forecastFinish: string | null;
  /** Last day of the budget year the contract is funded from, e.g. 2023-12-31. */
  fiscalYearEnd: string;
}

export type KritisReason = 'period_i_behind' | 'period_ii_behind' | 'period_ii_year_end';

export interface WeekEvaluation {
  planCumPct: number;
  actualCumPct: number;
  /** actual − plan, percentage points, full precision (round2 to show). */
  deviation: number;
  period: 'I' | 'II';
  kritis: boolean;
  reason: KritisReason | null;
  /** The "behind by more than" threshold of the period, points. */
  thresholdPoints: number;
  /** Whether the forecast finish is after the fiscal year end; null without a forecast. */
  pastFiscalYearEnd: boolean | null;
  explanation: Bilingual;
  legalSource: string;
}

/**
 * Evaluates one week. Throws ProgressOutOfRangeError for a plan or actual outside 0–100 and
 * ProjectRuleError('invalid_date') for a malformed date.
 */
export function evaluateWeek(input: WeekEvaluationInput, params: KontrakKritisParams): WeekEvaluation {
  const { planCumPct: plan, actualCumPct: actual, forecastFinish, fiscalYearEnd } = input;
  assertProgress('planCumPct', plan);
  assertProgress('actualCumPct', actual);
  const fyEnd = dayNumber(fiscalYearEnd, 'fiscalYearEnd');
  const pastFiscalYearEnd =
    forecastFinish === null ? null : dayNumber(forecastFinish, 'forecastFinish') > fyEnd;

  const deviation = actual - plan;
  // Integer ten-thousandths: exact comparisons, free of float noise.
  const devUnits = pctUnits(actual) - pctUnits(plan);
  const p1 = params.period1MaxPlanPct;
  const period: 'I' | 'II' = comparePct(plan, p1) <= 0 ? 'I' : 'II';
  const thresholdPoints = period === 'I' ? params.period1BehindThreshold : params.period2BehindThreshold;
  const beyondThreshold = devUnits < -pctUnits(thresholdPoints);
  const behind = devUnits < 0;

  let reason: KritisReason | null = null;
  if (beyondThreshold) reason = period === 'I' ? 'period_i_behind' : 'period_ii_behind';
  else if (period === 'II' && behind && params.period2YearEndRule && pastFiscalYearEnd === true)
    reason = 'period_ii_year_end';

  const t = (x: number, lang: 'id' | 'en') => fmtNum(x, lang);
  const behindBy = -deviation;
  const periodText: Bilingual =
    period === 'I'
      ? {
          id:
            `Rencana kumulatif ${t(plan, 'id')}% ≤ ${t(p1, 'id')}% → Periode I (0–${t(p1, 'id')}%).` +
            (comparePct(plan, p1) === 0
              ? ` Tepat ${t(p1, 'id')}% dihitung Periode I: sumber menyebut 0–${t(p1, 'id')}% dan ${t(p1, 'id')}–${t(params.period2MaxPlanPct, 'id')}% tanpa menetapkan periode batas itu; Sentra memasukkannya ke Periode I.`
              : ''),
          en:
            `Planned cumulative ${t(plan, 'en')}% ≤ ${t(p1, 'en')}% → Periode I (0–${t(p1, 'en')}%).` +
            (comparePct(plan, p1) === 0
              ? ` Exactly ${t(p1, 'en')}% counts as Periode I: the sources give 0–${t(p1, 'en')}% and ${t(p1, 'en')}–${t(params.period2MaxPlanPct, 'en')}% without ruling on the boundary; Sentra puts it in Periode I.`
              : ''),
        }
      : {
          id: `Rencana kumulatif ${t(plan, 'id')}% > ${t(p1, 'id')}% → Periode II (${t(p1, 'id')}–${t(params.period2MaxPlanPct, 'id')}%).`,
          en: `Planned cumulative ${t(plan, 'en')}% > ${t(p1, 'en')}% → Periode II (${t(p1, 'en')}–${t(params.period2MaxPlanPct, 'en')}%).`,
        };
  const deviationText: Bilingual = {
    id: `Realisasi ${t(actual, 'id')}%, deviasi ${fmtSigned(deviation, 'id')} poin.`,
    en: `Actual ${t(actual, 'en')}%, deviation ${fmtSigned(deviation, 'en')} points.`,
  };

  let verdict: Bilingual;
  if (!behind)
    verdict = {
      id: 'Realisasi tidak di belakang rencana: tidak kritis.',
      en: 'Actual is not behind plan: not kritis.',
    };
  else if (beyondThreshold)
    verdict = {
      id: `Terlambat ${t(behindBy, 'id')} poin, lebih dari ${t(thresholdPoints, 'id')} poin: KONTRAK KRITIS (Periode ${period}).`,
      en: `Behind by ${t(behindBy, 'en')} points, more than ${t(thresholdPoints, 'en')}: KONTRAK KRITIS (Periode ${period}).`,
    };
  else {
    const within: Bilingual = {
      id: `Terlambat ${t(behindBy, 'id')} poin, tidak lebih dari ${t(thresholdPoints, 'id')} poin`,
      en: `Behind by ${t(behindBy, 'en')} points, not more than ${t(thresholdPoints, 'en')}`,
    };
    const fy = { id: fmtDate(fiscalYearEnd, 'id'), en: fmtDate(fiscalYearEnd, 'en') };
    if (period === 'I') verdict = { id: `${within.id}: tidak kritis.`, en: `${within.en}: not kritis.` };
    else if (!params.period2YearEndRule)
      verdict = {
        id: `${within.id}: tidak kritis (aturan akhir tahun anggaran tidak berlaku).`,
        en: `${within.en}: not kritis (the year-end rule is switched off).`,
      };
    else if (forecastFinish === null)
      verdict = {
        id: `${within.id}: tidak kritis menurut batas deviasi. Kasus akhir tahun anggaran belum dapat dinilai: belum ada perkiraan tanggal selesai.`,
        en: `${within.en}: not kritis by the deviation limit. The year-end case cannot be judged yet: there is no forecast finish date.`,
      };
    else if (pastFiscalYearEnd)
      verdict = {
        id: `${within.id}, tetapi perkiraan selesai ${fmtDate(forecastFinish, 'id')} melewati akhir tahun anggaran (${fy.id}): KONTRAK KRITIS (Periode II, akhir tahun anggaran).`,
        en: `${within.en}, but the forecast finish ${fmtDate(forecastFinish, 'en')} is past the end of the budget year (${fy.en}): KONTRAK KRITIS (Periode II, year end).`,
      };
    else
      verdict = {
        id: `${within.id}, dan perkiraan selesai ${fmtDate(forecastFinish, 'id')} masih dalam tahun anggaran (s.d. ${fy.id}): tidak kritis.`,
        en: `${within.en}, and the forecast finish ${fmtDate(forecastFinish, 'en')} is within the budget year (to ${fy.en}): not kritis.`,
      };
  }
  const pointsNote: Bilingual = {
    id: '[S] Keterlambatan dibaca dalam poin persentase (deviasi = realisasi − rencana).',
    en: '[S] The delay is read in percentage points (deviation = actual − plan).',
  };

  return {
    planCumPct: plan,
    actualCumPct: actual,
    deviation,
    period,
    kritis: reason !== null,
    reason,
    thresholdPoints,
    pastFiscalYearEnd,
    explanation: {
      id: [periodText.id, deviationText.id, verdict.id, pointsNote.id].join(' '),
      en: [periodText.en, deviationText.en, verdict.en, pointsNote.en].join(' '),
    },
    legalSource: params.legalSource,
  };
}
