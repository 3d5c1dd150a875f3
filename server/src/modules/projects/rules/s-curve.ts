/**
 * Kurva S (planned S-curve) and the contract's week calendar.
 *
 * Practice as described in DOMAIN.md §1.5 [V] (sarastiana.com, "langkah-langkah membuat kurva S";
 * worked weekly example of the Alun-alun Jombang 2021 monitoring report): bobot item = harga item ÷
 * nilai kontrak × 100, the weights sum to 100; each item's weight is spread over its weeks, summed
 * per week and accumulated; the plan ends at 100 %. Each week the cumulative actual (realisasi) is
 * set against the plan, deviasi = realisasi − rencana. Week k runs from the SPMK date + 7(k−1) to
 * SPMK + 7k − 1, the last week clipped at the contract end.
 *
 * This is engineering practice, not a regulation with numbers: there are no parameters. The 0.01
 * tolerance on sums is a presentation tolerance (figures are shown with 2 decimals), an option.
 */
import {
  addDays,
  assertProgress,
  type Bilingual,
  comparePct,
  dayNumber,
  fmtDate,
  fmtNum,
  fmtRp,
  fmtSigned,
  isoFromDay,
  ProjectRuleError,
} from './common.js';

// ---------------------------------------------------------------------------------------------
// Week calendar

export interface WeekRange {
  week: number;
  startDate: string;
  /** Inclusive. */
  endDate: string;
  days: number;
  /** The last week, cut short by the contract end. */
  clipped: boolean;
}

export type WeekOfResult =
  | { status: 'in_contract'; week: number; range: WeekRange }
  | { status: 'before_start'; daysBeforeStart: number; explanation: Bilingual }
  | {
      status: 'after_end';
      daysAfterEnd: number;
      /** The week number the formula would give (for weekly reports during a pemberian kesempatan). */
      weekByFormula: number;
      explanation: Bilingual;
    };

export interface WeekCalendar {
  /** SPMK date (tanggal mulai kerja). */
  startDate: string;
  /** Contract end date, inclusive (after any time-extension addenda the caller applied). */
  endDate: string;
  durationDays: number;
  totalWeeks: number;
  weekOf(date: string): WeekOfResult;
  /** Throws ProjectRuleError('invalid_input') outside 1..totalWeeks. */
  weekRange(week: number): WeekRange;
  weeks(): WeekRange[];
}

/** The end date of a contract of `durationDays` calendar days starting on `startDate` (inclusive). */
export function contractEndDate(startDate: string, durationDays: number): string {
  if (!Number.isInteger(durationDays) || durationDays < 1)
    throw new ProjectRuleError('invalid_input', {
      id: `Jangka waktu pelaksanaan ${durationDays} hari tidak sah (harus bilangan bulat ≥ 1).`,
      en: `A duration of ${durationDays} days is not valid (must be a whole number ≥ 1).`,
    });
  return addDays(startDate, durationDays - 1, 'startDate');
}

export function weekCalendar(startDate: string, endDate: string): WeekCalendar {
  const start = dayNumber(startDate, 'startDate');
  const end = dayNumber(endDate, 'endDate');
  if (end < start)
    throw new ProjectRuleError('invalid_input', {
      id: `Tanggal akhir kontrak ${endDate} mendahului tanggal SPMK ${startDate}.`,
      en: `The contract end date ${endDate} is before the SPMK date ${startDate}.`,
    });
  const durationDays = end - start + 1;
  const totalWeeks = Math.ceil(durationDays / 7);

  const weekRange = (week: number): WeekRange => {
    if (!Number.isInteger(week) || week < 1 || week > totalWeeks)
      throw new ProjectRuleError(
        'invalid_input',
        {
          id: `Minggu ke-${week} di luar masa kontrak (minggu 1–${totalWeeks}, ${startDate} s.d. ${endDate}).`,
          en: `Week ${week} is outside the contract (weeks 1–${totalWeeks}, ${startDate} to ${endDate}).`,
        },
        { week, totalWeeks },
      );
    const s = start + 7 * (week - 1);
    const e = Math.min(start + 7 * week - 1, end);
    return {
      week,
      startDate: isoFromDay(s),
      endDate: isoFromDay(e),
      days: e - s + 1,
      clipped: e < start + 7 * week - 1,
    };
  };

  const weekOf = (date: string): WeekOfResult => {
    const d = dayNumber(date);
    if (d < start)
      return {
        status: 'before_start',
        daysBeforeStart: start - d,
        explanation: {
          id: `${fmtDate(date, 'id')} sebelum SPMK (${fmtDate(startDate, 'id')}): di luar masa kontrak.`,
          en: `${fmtDate(date, 'en')} is before the SPMK date (${fmtDate(startDate, 'en')}): outside the contract.`,
        },
      };
    if (d > end)
      return {
        status: 'after_end',
        daysAfterEnd: d - end,
        weekByFormula: Math.floor((d - start) / 7) + 1,
        explanation: {
          id: `${fmtDate(date, 'id')} lewat ${d - end} hari dari akhir kontrak (${fmtDate(endDate, 'id')}): di luar masa kontrak.`,
          en: `${fmtDate(date, 'en')} is ${d - end} days after the contract end (${fmtDate(endDate, 'en')}): outside the contract.`,
        },
      };
    const week = Math.floor((d - start) / 7) + 1;
    return { status: 'in_contract', week, range: weekRange(week) };
  };

  return {
    startDate,
    endDate,
    durationDays,
    totalWeeks,
    weekOf,
    weekRange,
    weeks: () => Array.from({ length: totalWeeks }, (_, i) => weekRange(i + 1)),
  };
}

// ---------------------------------------------------------------------------------------------
// Bill of quantities → weights (bobot)

export interface BoqItem {
  id: string;
  division: string;
  name: string;
  volume: number;
  unit: string;
  /** Harga satuan, rupiah. */
  unitPrice: number;
}

export interface WeightedBoqItem extends BoqItem {
  /** volume × unitPrice, rupiah, unrounded. */
  total: number;
  /** bobot = total ÷ nilai kontrak × 100, full precision. */
  weightPct: number;
}

export type BoqProblem =
  | {
      code: 'weights_not_100';
      severity: 'error';
      sumPct: number;
      /** sumPct − 100. */
      differencePct: number;
      boqTotal: number;
      contractValue: number;
      /** boqTotal − contractValue, rupiah. */
      boqMinusContract: number;
      boqDiffersFromContract: boolean;
      explanation: Bilingual;
    }
  | {
      /** Weights sum to 100 within the tolerance, yet the totals differ by at least Rp 1 (rounding). */
      code: 'boq_total_differs';
      severity: 'warning';
      boqTotal: number;
      contractValue: number;
      boqMinusContract: number;
      explanation: Bilingual;
    }
  | {
      code: 'non_positive_quantity';
      severity: 'error';
      itemId: string;
      field: 'volume' | 'unitPrice';
      value: number;
      explanation: Bilingual;
    }
  | { code: 'duplicate_item_id'; severity: 'error'; itemId: string; explanation: Bilingual };

export interface BoqWeights {
  items: WeightedBoqItem[];
  contractValue: number;
  boqTotal: number;
  sumWeightsPct: number;
  problems: BoqProblem[];
  explanation: Bilingual;
}

export interface SumToleranceOption {
  /** How far a sum of weights or shares may be from 100, in points (default 0.01). */
  tolerancePct?: number;
}

const DEFAULT_TOLERANCE_PCT = 0.01;

export function weighBoq(
  items: readonly BoqItem[],
  contractValue: number,
  { tolerancePct = DEFAULT_TOLERANCE_PCT }: SumToleranceOption = {},
): BoqWeights {
  if (!Number.isFinite(contractValue) || contractValue <= 0 || contractValue > Number.MAX_SAFE_INTEGER)
    throw new ProjectRuleError(
      'invalid_amount',
      {
        id: `Nilai kontrak ${contractValue} tidak sah: harus rupiah positif.`,
        en: `Contract value ${contractValue} is not valid: it must be a positive rupiah amount.`,
      },
      { field: 'contractValue', value: contractValue },
    );
  const problems: BoqProblem[] = [];
  const seen = new Set<string>();
  const weighted = items.map((item): WeightedBoqItem => {
    for (const field of ['volume', 'unitPrice'] as const) {
      const value = item[field];
      if (!Number.isFinite(value))
        throw new ProjectRuleError(
          'invalid_input',
          {
            id: `Item ${item.id}: ${field} bukan angka.`,
            en: `Item ${item.id}: ${field} is not a number.`,
          },
          { itemId: item.id, field },
        );
      if (value <= 0) {
        const what =
          field === 'volume' ? { id: 'volume', en: 'volume' } : { id: 'harga satuan', en: 'unit price' };
        problems.push({
          code: 'non_positive_quantity',
          severity: 'error',
          itemId: item.id,
          field,
          value,
          explanation: {
            id: `Item ${item.id} (${item.name}): ${what.id} ${value} — harus lebih dari nol; bobotnya menjadi ${value === 0 ? 'nol' : 'negatif'}.`,
            en: `Item ${item.id} (${item.name}): ${what.en} ${value} — must be above zero; its weight becomes ${value === 0 ? 'zero' : 'negative'}.`,
          },
        });
      }
    }
    if (seen.has(item.id))
      problems.push({
        code: 'duplicate_item_id',
        severity: 'error',
        itemId: item.id,
        explanation: {
          id: `Kode item ${item.id} muncul lebih dari sekali di RAB.`,
          en: `Item code ${item.id} appears more than once in the bill of quantities.`,
        },
      });
    seen.add(item.id);
    const total = item.volume * item.unitPrice;
    return { ...item, total, weightPct: (total / contractValue) * 100 };
  });

  const boqTotal = weighted.reduce((s, i) => s + i.total, 0);
  const sumWeightsPct = weighted.reduce((s, i) => s + i.weightPct, 0);
  const boqMinusContract = boqTotal - contractValue;
  const differencePct = sumWeightsPct - 100;
  const boqDiffersFromContract = Math.abs(boqMinusContract) >= 0.5;
  const boqRp = Math.round(boqTotal);
  const diffRp = Math.round(Math.abs(boqMinusContract));

  if (comparePct(Math.abs(differencePct), tolerancePct) > 0) {
    const higher = boqMinusContract > 0;
    problems.push({
      code: 'weights_not_100',
      severity: 'error',
      sumPct: sumWeightsPct,
      differencePct,
      boqTotal,
      contractValue,
      boqMinusContract,
      boqDiffersFromContract,
      explanation: {
        id:
          `Jumlah bobot ${fmtNum(sumWeightsPct, 'id')}%, selisih ${fmtSigned(differencePct, 'id')} poin dari 100 ` +
          `(toleransi ${fmtNum(tolerancePct, 'id')}). ` +
          (boqDiffersFromContract
            ? `Total RAB ${fmtRp(boqRp, 'id')} ${higher ? 'lebih besar' : 'lebih kecil'} ${fmtRp(diffRp, 'id')} dari nilai kontrak ${fmtRp(contractValue, 'id')} — periksa apakah nilai kontrak memuat PPN atau item yang tidak ada di RAB.`
            : `Total RAB sama dengan nilai kontrak ${fmtRp(contractValue, 'id')}.`),
        en:
          `The weights sum to ${fmtNum(sumWeightsPct, 'en')}%, ${fmtSigned(differencePct, 'en')} points off 100 ` +
          `(tolerance ${fmtNum(tolerancePct, 'en')}). ` +
          (boqDiffersFromContract
            ? `The BoQ total ${fmtRp(boqRp, 'en')} is ${fmtRp(diffRp, 'en')} ${higher ? 'above' : 'below'} the contract value ${fmtRp(contractValue, 'en')} — check whether the contract value includes VAT (PPN) or items missing from the BoQ.`
            : `The BoQ total equals the contract value ${fmtRp(contractValue, 'en')}.`),
      },
    });
  } else if (Math.abs(boqMinusContract) >= 1) {
    problems.push({
      code: 'boq_total_differs',
      severity: 'warning',
      boqTotal,
      contractValue,
      boqMinusContract,
      explanation: {
        id: `Total RAB ${fmtRp(boqRp, 'id')} berbeda ${fmtRp(diffRp, 'id')} dari nilai kontrak ${fmtRp(contractValue, 'id')} (pembulatan?); jumlah bobot tetap dalam toleransi.`,
        en: `The BoQ total ${fmtRp(boqRp, 'en')} differs by ${fmtRp(diffRp, 'en')} from the contract value ${fmtRp(contractValue, 'en')} (rounding?); the weights still sum to 100 within the tolerance.`,
      },
    });
  }

  return {
    items: weighted,
    contractValue,
    boqTotal,
    sumWeightsPct,
    problems,
    explanation: {
      id: `Bobot item = harga item ÷ nilai kontrak (${fmtRp(contractValue, 'id')}) × 100; ${weighted.length} item, jumlah bobot ${fmtNum(sumWeightsPct, 'id')}%.`,
      en: `Item weight = item price ÷ contract value (${fmtRp(contractValue, 'en')}) × 100; ${weighted.length} items, weights sum to ${fmtNum(sumWeightsPct, 'en')}%.`,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Schedule → planned S-curve

/** The share of one item's weight planned in each week, percent of the item; the shares sum to 100. */
export interface ItemSchedule {
  itemId: string;
  weeks: Readonly<Record<number, number>>;
}

export type ScheduleProblem =
  | {
      code: 'shares_not_100';
      severity: 'error';
      itemId: string;
      sumPct: number;
      differencePct: number;
      explanation: Bilingual;
    }
  | { code: 'item_not_scheduled'; severity: 'error'; itemId: string; explanation: Bilingual }
  | { code: 'unknown_item'; severity: 'error'; itemId: string; explanation: Bilingual }
  | { code: 'duplicate_schedule'; severity: 'error'; itemId: string; explanation: Bilingual }
  | { code: 'week_out_of_range'; severity: 'error'; itemId: string; week: string; explanation: Bilingual }
  | {
      code: 'negative_share';
      severity: 'error';
      itemId: string;
      week: string;
      sharePct: number;
      explanation: Bilingual;
    };

export interface SCurveRow {
  week: number;
  startDate: string;
  endDate: string;
  /** Rencana mingguan, % of the contract. */
  planPct: number;
  /** Rencana kumulatif. */
  planCumPct: number;
}

export interface PlannedSCurve {
  rows: SCurveRow[];
  totalWeeks: number;
  /** The last cumulative plan: 100 when weights and schedules are sound. */
  finalCumPct: number;
  weights: BoqWeights;
  problems: (BoqProblem | ScheduleProblem)[];
  /** No problem of severity 'error'. */
  ok: boolean;
  explanation: Bilingual;
}

export interface PlannedSCurveInput extends SumToleranceOption {
  items: readonly BoqItem[];
  contractValue: number;
  schedules: readonly ItemSchedule[];
  calendar: WeekCalendar;
}

export function plannedSCurve(input: PlannedSCurveInput): PlannedSCurve {
  const tolerancePct = input.tolerancePct ?? DEFAULT_TOLERANCE_PCT;
  const { calendar } = input;
  const weights = weighBoq(input.items, input.contractValue, { tolerancePct });
  const byId = new Map(weights.items.map((i) => [i.id, i]));
  const problems: (BoqProblem | ScheduleProblem)[] = [...weights.problems];
  const weekly = new Array<number>(calendar.totalWeeks + 1).fill(0);
  const scheduled = new Set<string>();

  for (const schedule of input.schedules) {
    const { itemId } = schedule;
    const item = byId.get(itemId);
    if (!item) {
      problems.push({
        code: 'unknown_item',
        severity: 'error',
        itemId,
        explanation: {
          id: `Jadwal untuk item ${itemId} yang tidak ada di RAB.`,
          en: `Schedule for item ${itemId}, which is not in the bill of quantities.`,
        },
      });
      continue;
    }
    if (scheduled.has(itemId)) {
      problems.push({
        code: 'duplicate_schedule',
        severity: 'error',
        itemId,
        explanation: {
          id: `Item ${itemId} dijadwalkan lebih dari sekali; jadwal berikutnya diabaikan.`,
          en: `Item ${itemId} is scheduled more than once; the later schedules are ignored.`,
        },
      });
      continue;
    }
    scheduled.add(itemId);
    let sum = 0;
    for (const [key, share] of Object.entries(schedule.weeks)) {
      const week = Number(key);
      if (!Number.isFinite(share) || share < 0) {
        problems.push({
          code: 'negative_share',
          severity: 'error',
          itemId,
          week: key,
          sharePct: share,
          explanation: {
            id: `Item ${itemId}, minggu ke-${key}: porsi ${share}% tidak sah (harus ≥ 0).`,
            en: `Item ${itemId}, week ${key}: share ${share}% is not valid (must be ≥ 0).`,
          },
        });
        continue;
      }
      // The shares are checked against 100 whatever their weeks; a bad week is its own problem.
      sum += share;
      if (!Number.isInteger(week) || week < 1 || week > calendar.totalWeeks) {
        problems.push({
          code: 'week_out_of_range',
          severity: 'error',
          itemId,
          week: key,
          explanation: {
            id: `Item ${itemId} dijadwalkan pada minggu ke-${key}, di luar minggu 1–${calendar.totalWeeks} kontrak.`,
            en: `Item ${itemId} is scheduled in week ${key}, outside the contract's weeks 1–${calendar.totalWeeks}.`,
          },
        });
        continue;
      }
      weekly[week] = (weekly[week] ?? 0) + (item.weightPct * share) / 100;
    }
    if (comparePct(Math.abs(sum - 100), tolerancePct) > 0)
      problems.push({
        code: 'shares_not_100',
        severity: 'error',
        itemId,
        sumPct: sum,
        differencePct: sum - 100,
        explanation: {
          id: `Jadwal item ${itemId} (${item.name}) berjumlah ${fmtNum(sum, 'id')}%, bukan 100% (selisih ${fmtSigned(sum - 100, 'id')} poin).`,
          en: `The schedule of item ${itemId} (${item.name}) sums to ${fmtNum(sum, 'en')}%, not 100% (${fmtSigned(sum - 100, 'en')} points off).`,
        },
      });
  }
  for (const item of weights.items)
    if (!scheduled.has(item.id))
      problems.push({
        code: 'item_not_scheduled',
        severity: 'error',
        itemId: item.id,
        explanation: {
          id: `Item ${item.id} (${item.name}, bobot ${fmtNum(item.weightPct, 'id')}%) belum dijadwalkan.`,
          en: `Item ${item.id} (${item.name}, weight ${fmtNum(item.weightPct, 'en')}%) has no schedule.`,
        },
      });

  let cum = 0;
  const rows = calendar.weeks().map((range): SCurveRow => {
    const planPct = weekly[range.week] ?? 0;
    cum += planPct;
    return { week: range.week, startDate: range.startDate, endDate: range.endDate, planPct, planCumPct: cum };
  });
  const ok = !problems.some((p) => p.severity === 'error');
  return {
    rows,
    totalWeeks: calendar.totalWeeks,
    finalCumPct: cum,
    weights,
    problems,
    ok,
    explanation: {
      id:
        `Kurva S rencana: bobot tiap item dibagi ke minggu pelaksanaannya, dijumlahkan per minggu lalu dikumulatifkan; ` +
        `${calendar.totalWeeks} minggu dari SPMK ${fmtDate(calendar.startDate, 'id')} s.d. ${fmtDate(calendar.endDate, 'id')}; ` +
        `rencana kumulatif akhir ${fmtNum(cum, 'id')}%${ok ? '' : ` — ada ${problems.filter((p) => p.severity === 'error').length} masalah`}.`,
      en:
        `Planned S-curve: each item's weight spread over its weeks, summed per week and accumulated; ` +
        `${calendar.totalWeeks} weeks from the SPMK date ${fmtDate(calendar.startDate, 'en')} to ${fmtDate(calendar.endDate, 'en')}; ` +
        `final cumulative plan ${fmtNum(cum, 'en')}%${ok ? '' : ` — ${problems.filter((p) => p.severity === 'error').length} problem(s)`}.`,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Plan against actual (realisasi)

export interface ActualReport {
  week: number;
  /** Realisasi kumulatif, 0–100. */
  actualCumPct: number;
}

export interface ProgressRow {
  week: number;
  planPct: number;
  planCumPct: number;
  /** Realisasi mingguan (this week's cumulative minus last reported), null before a report. */
  actualPct: number | null;
  actualCumPct: number | null;
  /** Deviasi = realisasi − rencana, points; null without a report. */
  deviation: number | null;
  /** The cumulative actual is lower than the previous report's. */
  decreased: boolean;
}

export interface ProgressDecrease {
  code: 'actual_decreased';
  week: number;
  previousCumPct: number;
  actualCumPct: number;
  explanation: Bilingual;
}

/**
 * The monitoring table: plan rows joined with the weekly reports. Weeks after the plan's last
 * week (a pemberian kesempatan) keep the final plan. Throws ProgressOutOfRangeError for an actual
 * below 0 or above 100; a cumulative actual that goes down is reported, not rejected (it happens
 * when the supervisor corrects an over-reported week).
 */
export function compareProgress(
  plan: readonly Pick<SCurveRow, 'week' | 'planPct' | 'planCumPct'>[],
  actuals: readonly ActualReport[],
): { rows: ProgressRow[]; decreases: ProgressDecrease[] } {
  const byWeek = new Map<number, number>();
  for (const a of actuals) {
    if (!Number.isInteger(a.week) || a.week < 1)
      throw new ProjectRuleError('invalid_input', {
        id: `Laporan minggu ke-${a.week} tidak sah.`,
        en: `Report week ${a.week} is not valid.`,
      });
    if (byWeek.has(a.week))
      throw new ProjectRuleError('invalid_input', {
        id: `Ada dua laporan untuk minggu ke-${a.week}.`,
        en: `There are two reports for week ${a.week}.`,
      });
    assertProgress(`actualCumPct (minggu/week ${a.week})`, a.actualCumPct);
    byWeek.set(a.week, a.actualCumPct);
  }
  const planByWeek = new Map(plan.map((r) => [r.week, r]));
  const last = plan.reduce((m, r) => Math.max(m, r.week), 0);
  const lastWeek = Math.max(last, ...byWeek.keys());
  const rows: ProgressRow[] = [];
  const decreases: ProgressDecrease[] = [];
  let prevActual: number | null = null;
  let planCumPct = 0;
  for (let week = 1; week <= lastWeek; week++) {
    const p = planByWeek.get(week);
    // A week missing from the plan (or after its end) keeps the cumulative plan of the week before.
    planCumPct = p?.planCumPct ?? planCumPct;
    const actualCumPct = byWeek.get(week) ?? null;
    let decreased = false;
    if (actualCumPct !== null && prevActual !== null && comparePct(actualCumPct, prevActual) < 0) {
      decreased = true;
      decreases.push({
        code: 'actual_decreased',
        week,
        previousCumPct: prevActual,
        actualCumPct,
        explanation: {
          id: `Realisasi kumulatif minggu ke-${week} (${fmtNum(actualCumPct, 'id')}%) turun dari laporan sebelumnya (${fmtNum(prevActual, 'id')}%): periksa koreksi opname.`,
          en: `The cumulative actual of week ${week} (${fmtNum(actualCumPct, 'en')}%) is below the previous report (${fmtNum(prevActual, 'en')}%): check for a corrected measurement.`,
        },
      });
    }
    rows.push({
      week,
      planPct: p?.planPct ?? 0,
      planCumPct,
      actualPct: actualCumPct === null ? null : actualCumPct - (prevActual ?? 0),
      actualCumPct,
      deviation: actualCumPct === null ? null : actualCumPct - planCumPct,
      decreased,
    });
    if (actualCumPct !== null) prevActual = actualCumPct;
  }
  return { rows, decreases };
}
