/**
 * Completion forecast from the weekly progress reports, two ways:
 * - linear trend: least-squares slope of the cumulative actual over the last k reports (default
 *   4, fewer if fewer exist; with a single report the line runs from 0 % at the SPMK date),
 *   projected from the latest report to 100 %;
 * - earned schedule (Lipke, "Schedule is different", 2003; the time-based counterpart of earned
 *   value): ES = the time at which the plan reached the current actual (linear between the ends
 *   of the plan weeks), SPI(t) = ES ÷ AT (actual time), forecast duration = planned duration ÷
 *   SPI(t).
 * A method of estimation, not a regulation: no parameters. Time runs in calendar days from the
 * SPMK date (day 1); a report dated d counts d − SPMK + 1 elapsed days; plan week k ends after
 * min(7k, contract duration) days. The results feed the kontrak kritis year-end case and the
 * penalty exposure (days past the contract end; the rupiah figure is latePenalty's job).
 */
import {
  assertProgress,
  type Bilingual,
  comparePct,
  dayNumber,
  fmtDate,
  fmtNum,
  fmtPlain,
  isoFromDay,
  ProjectRuleError,
  pctUnits,
  yearEndOf,
} from './common.js';
import type { SCurveRow, WeekCalendar } from './s-curve.js';

export interface ProgressPoint {
  /** Date the cumulative actual was measured (normally the last day of the report week). */
  asOf: string;
  actualCumPct: number;
}

export interface ForecastInput {
  calendar: Pick<WeekCalendar, 'startDate' | 'endDate' | 'durationDays'>;
  plan: readonly Pick<SCurveRow, 'week' | 'planCumPct'>[];
  actuals: readonly ProgressPoint[];
  /** Default: 31 December of the year of the SPMK date (a single-year DAK contract). */
  fiscalYearEnd?: string;
  /** Reports in the trend window (default 4). */
  trendWeeks?: number;
}

export type ForecastStatus = 'no_progress' | 'in_progress' | 'complete';

interface MethodBase {
  status: 'forecast' | 'not_forecastable' | 'complete';
  /** Why there is no forecast; null when there is one. */
  reason: 'no_progress' | 'stalled' | null;
  finishDate: string | null;
  /** finishDate − contract end, days (positive = late). */
  slipDaysVsContractEnd: number | null;
  /** finishDate − fiscal year end, days (positive = past the budget year). */
  slipDaysVsFiscalYearEnd: number | null;
  pastFiscalYearEnd: boolean | null;
  /** Days past the contract end the penalty would run: max(0, slip vs contract end). */
  penaltyExposureDays: number | null;
  explanation: Bilingual;
}

export interface TrendForecast extends MethodBase {
  method: 'linear_trend';
  /** Reports in the regression (plus the origin when there is only one). */
  pointsUsed: number;
  /** Slope, points per week (7 days), full precision. */
  slopePctPerWeek: number | null;
}

export interface EarnedScheduleForecast extends MethodBase {
  method: 'earned_schedule';
  /** Earned schedule, elapsed days at which the plan reached the current actual. */
  esDays: number | null;
  /** Actual time, elapsed days at the latest report. */
  atDays: number | null;
  spiT: number | null;
  /** Planned duration ÷ SPI(t), days. */
  forecastDurationDays: number | null;
}

export interface ForecastWarning {
  code: 'actual_decreased';
  asOf: string;
  previousCumPct: number;
  actualCumPct: number;
  explanation: Bilingual;
}

export interface CompletionForecast {
  status: ForecastStatus;
  /** Date of the latest report; null without reports. */
  asOf: string | null;
  actualCumPct: number | null;
  contractEnd: string;
  fiscalYearEnd: string;
  trend: TrendForecast;
  earnedSchedule: EarnedScheduleForecast;
  /** The later of the two finish dates (the actual one when complete); null when neither exists. */
  conservativeFinishDate: string | null;
  warnings: ForecastWarning[];
  explanation: Bilingual;
}

const DEFAULT_TREND_WEEKS = 4;

export function forecastCompletion(input: ForecastInput): CompletionForecast {
  const { calendar } = input;
  const start = dayNumber(calendar.startDate, 'calendar.startDate');
  const end = dayNumber(calendar.endDate, 'calendar.endDate');
  const fiscalYearEnd = input.fiscalYearEnd ?? yearEndOf(calendar.startDate);
  const fyEnd = dayNumber(fiscalYearEnd, 'fiscalYearEnd');
  const trendWeeks = input.trendWeeks ?? DEFAULT_TREND_WEEKS;
  if (!Number.isInteger(trendWeeks) || trendWeeks < 1)
    throw new ProjectRuleError('invalid_input', {
      id: `Jendela tren ${trendWeeks} minggu tidak sah.`,
      en: `A trend window of ${trendWeeks} weeks is not valid.`,
    });

  if (input.plan.length === 0)
    throw new ProjectRuleError('invalid_input', {
      id: 'Kurva S rencana kosong: buat jadwal rencana dahulu.',
      en: 'The planned S-curve is empty: make the planned schedule first.',
    });

  // Reports: valid, in date order, one per date, none before the SPMK date.
  const points = input.actuals
    .map((a) => {
      assertProgress(`actualCumPct (${a.asOf})`, a.actualCumPct);
      const day = dayNumber(a.asOf, 'actuals.asOf');
      if (day < start)
        throw new ProjectRuleError('invalid_input', {
          id: `Laporan ${a.asOf} sebelum SPMK ${calendar.startDate}.`,
          en: `Report ${a.asOf} is before the SPMK date ${calendar.startDate}.`,
        });
      return { asOf: a.asOf, t: day - start + 1, cum: a.actualCumPct };
    })
    .sort((a, b) => a.t - b.t);
  for (let i = 1; i < points.length; i++)
    if (points[i]?.t === points[i - 1]?.t)
      throw new ProjectRuleError('invalid_input', {
        id: `Dua laporan bertanggal ${points[i]?.asOf}.`,
        en: `Two reports are dated ${points[i]?.asOf}.`,
      });

  const warnings: ForecastWarning[] = [];
  for (let i = 1; i < points.length; i++) {
    const prev = points[i - 1];
    const cur = points[i];
    if (prev && cur && comparePct(cur.cum, prev.cum) < 0)
      warnings.push({
        code: 'actual_decreased',
        asOf: cur.asOf,
        previousCumPct: prev.cum,
        actualCumPct: cur.cum,
        explanation: {
          id: `Realisasi kumulatif ${fmtDate(cur.asOf, 'id')} (${fmtNum(cur.cum, 'id')}%) turun dari laporan sebelumnya (${fmtNum(prev.cum, 'id')}%).`,
          en: `The cumulative actual of ${fmtDate(cur.asOf, 'en')} (${fmtNum(cur.cum, 'en')}%) is below the previous report (${fmtNum(prev.cum, 'en')}%).`,
        },
      });
  }

  const latest = points.at(-1);
  const outcome = (finishDay: number | null) => {
    if (finishDay === null)
      return {
        finishDate: null,
        slipDaysVsContractEnd: null,
        slipDaysVsFiscalYearEnd: null,
        pastFiscalYearEnd: null,
        penaltyExposureDays: null,
      };
    return {
      finishDate: isoFromDay(finishDay),
      slipDaysVsContractEnd: finishDay - end,
      slipDaysVsFiscalYearEnd: finishDay - fyEnd,
      pastFiscalYearEnd: finishDay > fyEnd,
      penaltyExposureDays: Math.max(0, finishDay - end),
    };
  };
  const slipText = (finishDay: number): Bilingual => {
    const s = finishDay - end;
    const f = finishDay - fyEnd;
    return {
      id:
        (s > 0
          ? `${s} hari setelah akhir kontrak (${fmtDate(calendar.endDate, 'id')}), denda berjalan ${s} hari`
          : s < 0
            ? `${-s} hari sebelum akhir kontrak (${fmtDate(calendar.endDate, 'id')})`
            : `tepat pada akhir kontrak (${fmtDate(calendar.endDate, 'id')})`) +
        (f > 0
          ? `; ${f} hari MELEWATI akhir tahun anggaran (${fmtDate(fiscalYearEnd, 'id')}).`
          : `; dalam tahun anggaran (s.d. ${fmtDate(fiscalYearEnd, 'id')}).`),
      en:
        (s > 0
          ? `${s} days after the contract end (${fmtDate(calendar.endDate, 'en')}), ${s} days of penalty`
          : s < 0
            ? `${-s} days before the contract end (${fmtDate(calendar.endDate, 'en')})`
            : `on the contract end (${fmtDate(calendar.endDate, 'en')})`) +
        (f > 0
          ? `; ${f} days PAST the end of the budget year (${fmtDate(fiscalYearEnd, 'en')}).`
          : `; within the budget year (to ${fmtDate(fiscalYearEnd, 'en')}).`),
    };
  };
  const base = {
    contractEnd: calendar.endDate,
    fiscalYearEnd,
    warnings,
  };

  // No progress yet: neither method can say anything.
  if (!latest || pctUnits(latest.cum) <= 0) {
    const why: Bilingual = latest
      ? {
          id: `Belum ada kemajuan fisik (realisasi 0% per ${fmtDate(latest.asOf, 'id')}): belum dapat diperkirakan.`,
          en: `No physical progress yet (0% as of ${fmtDate(latest.asOf, 'en')}): no forecast possible.`,
        }
      : {
          id: 'Belum ada laporan kemajuan: belum dapat diperkirakan.',
          en: 'No progress report yet: no forecast possible.',
        };
    const none = { status: 'not_forecastable' as const, reason: 'no_progress' as const, ...outcome(null) };
    return {
      ...base,
      status: 'no_progress',
      asOf: latest?.asOf ?? null,
      actualCumPct: latest?.cum ?? null,
      trend: { method: 'linear_trend', ...none, pointsUsed: 0, slopePctPerWeek: null, explanation: why },
      earnedSchedule: {
        method: 'earned_schedule',
        ...none,
        esDays: null,
        atDays: null,
        spiT: null,
        forecastDurationDays: null,
        explanation: why,
      },
      conservativeFinishDate: null,
      explanation: why,
    };
  }

  // Already 100 %: the finish is a fact — the first report of the final run at 100 %.
  if (comparePct(latest.cum, 100) >= 0) {
    let first = latest;
    for (let i = points.length - 1; i >= 0; i--) {
      const p = points[i];
      if (!p || comparePct(p.cum, 100) < 0) break;
      first = p;
    }
    const finishDay = start + first.t - 1;
    const slip = slipText(finishDay);
    const done: Bilingual = {
      id: `Realisasi fisik 100% tercapai ${fmtDate(first.asOf, 'id')}: ${slip.id}`,
      en: `Physical progress reached 100% on ${fmtDate(first.asOf, 'en')}: ${slip.en}`,
    };
    const finished = { status: 'complete' as const, reason: null, ...outcome(finishDay), explanation: done };
    return {
      ...base,
      status: 'complete',
      asOf: latest.asOf,
      actualCumPct: latest.cum,
      trend: { method: 'linear_trend', ...finished, pointsUsed: 0, slopePctPerWeek: null },
      earnedSchedule: {
        method: 'earned_schedule',
        ...finished,
        esDays: null,
        atDays: latest.t,
        spiT: null,
        forecastDurationDays: null,
      },
      conservativeFinishDate: isoFromDay(finishDay),
      explanation: done,
    };
  }

  const trend = trendForecast(points.slice(-trendWeeks), latest, start, outcome, slipText);
  const earnedSchedule = earnedScheduleForecast(
    input.plan,
    calendar.durationDays,
    latest,
    start,
    outcome,
    slipText,
  );
  const finishes = [trend.finishDate, earnedSchedule.finishDate]
    .filter((d): d is string => d !== null)
    .sort();
  const conservativeFinishDate = finishes.at(-1) ?? null;
  return {
    ...base,
    status: 'in_progress',
    asOf: latest.asOf,
    actualCumPct: latest.cum,
    trend,
    earnedSchedule,
    conservativeFinishDate,
    explanation: {
      id: `Realisasi ${fmtNum(latest.cum, 'id')}% per ${fmtDate(latest.asOf, 'id')}. Tren: ${trend.explanation.id} Earned schedule: ${earnedSchedule.explanation.id}`,
      en: `Actual ${fmtNum(latest.cum, 'en')}% as of ${fmtDate(latest.asOf, 'en')}. Trend: ${trend.explanation.en} Earned schedule: ${earnedSchedule.explanation.en}`,
    },
  };
}

interface Pt {
  asOf: string;
  t: number;
  cum: number;
}
type Outcome = (finishDay: number | null) => Omit<MethodBase, 'status' | 'reason' | 'explanation'>;

/** The first whole elapsed day at or after a fractional elapsed time, as a day number. */
const finishDayOf = (start: number, elapsed: number) => start + Math.ceil(elapsed - 1e-9) - 1;

function trendForecast(
  window: Pt[],
  latest: Pt,
  start: number,
  outcome: Outcome,
  slipText: (d: number) => Bilingual,
): TrendForecast {
  // With a single report, the line runs from 0 % at elapsed day 0 (the eve of the SPMK date).
  const pts = window.length === 1 ? [{ asOf: '', t: 0, cum: 0 }, ...window] : window;
  const n = pts.length;
  const mx = pts.reduce((s, p) => s + p.t, 0) / n;
  const my = pts.reduce((s, p) => s + p.cum, 0) / n;
  const sxy = pts.reduce((s, p) => s + (p.t - mx) * (p.cum - my), 0);
  const sxx = pts.reduce((s, p) => s + (p.t - mx) ** 2, 0);
  const slopePerDay = sxy / sxx;
  const slopePctPerWeek = slopePerDay * 7;
  const from = window[0]?.asOf ?? latest.asOf;
  const windowText: Bilingual =
    window.length === 1
      ? { id: 'satu laporan, garis dari 0% pada SPMK', en: 'one report, line from 0% at the SPMK date' }
      : {
          id: `${window.length} laporan terakhir (${fmtDate(from, 'id')} s.d. ${fmtDate(latest.asOf, 'id')})`,
          en: `last ${window.length} reports (${fmtDate(from, 'en')} to ${fmtDate(latest.asOf, 'en')})`,
        };
  // Below 0.0001 points a week the work is stalled for any practical purpose (and the date
  // would run off the calendar).
  if (pctUnits(slopePctPerWeek) <= 0)
    return {
      method: 'linear_trend',
      status: 'not_forecastable',
      reason: 'stalled',
      pointsUsed: n,
      slopePctPerWeek,
      ...outcome(null),
      explanation: {
        id: `Laju ${windowText.id} ${fmtNum(slopePctPerWeek, 'id')} poin/minggu: kemajuan terhenti atau menurun, tidak dapat diperkirakan.`,
        en: `The pace over the ${windowText.en} is ${fmtNum(slopePctPerWeek, 'en')} points/week: progress stalled or falling, cannot be forecast.`,
      },
    };
  const remaining = 100 - latest.cum;
  const finishDay = finishDayOf(start, latest.t + remaining / slopePerDay);
  const slip = slipText(finishDay);
  return {
    method: 'linear_trend',
    status: 'forecast',
    reason: null,
    pointsUsed: n,
    slopePctPerWeek,
    ...outcome(finishDay),
    explanation: {
      id: `laju ${windowText.id} ${fmtNum(slopePctPerWeek, 'id')} poin/minggu (regresi linear); sisa ${fmtNum(remaining, 'id')} poin → selesai ${fmtDate(isoFromDay(finishDay), 'id')}, ${slip.id}`,
      en: `pace over the ${windowText.en} ${fmtNum(slopePctPerWeek, 'en')} points/week (linear regression); ${fmtNum(remaining, 'en')} points to go → finish ${fmtDate(isoFromDay(finishDay), 'en')}, ${slip.en}`,
    },
  };
}

function earnedScheduleForecast(
  plan: readonly Pick<SCurveRow, 'week' | 'planCumPct'>[],
  durationDays: number,
  latest: Pt,
  start: number,
  outcome: Outcome,
  slipText: (d: number) => Bilingual,
): EarnedScheduleForecast {
  // The plan as (elapsed days, cumulative %) from (0, 0); week k ends after min(7k, duration) days.
  const curve = [
    { t: 0, cum: 0 },
    ...[...plan]
      .sort((a, b) => a.week - b.week)
      .map((r) => ({ t: Math.min(7 * r.week, durationDays), cum: r.planCumPct })),
  ];
  const ac = latest.cum;
  const at = latest.t;
  let es = durationDays;
  for (let j = 1; j < curve.length; j++) {
    const a = curve[j - 1];
    const b = curve[j];
    if (!a || !b || comparePct(b.cum, ac) < 0) continue;
    es = b.cum === a.cum ? a.t : a.t + ((ac - a.cum) / (b.cum - a.cum)) * (b.t - a.t);
    break;
  }
  const spiT = es / at;
  const forecastDurationDays = durationDays / spiT;
  const finishDay = finishDayOf(start, forecastDurationDays);
  const slip = slipText(finishDay);
  return {
    method: 'earned_schedule',
    status: 'forecast',
    reason: null,
    esDays: es,
    atDays: at,
    spiT,
    forecastDurationDays,
    ...outcome(finishDay),
    explanation: {
      id:
        `rencana mencapai ${fmtNum(ac, 'id')}% pada hari ke-${fmtNum(es, 'id')} (ES); waktu berjalan ${fmtPlain(at, 'id')} hari (AT); ` +
        `SPI(t) = ES ÷ AT = ${fmtNum(spiT, 'id')}; durasi perkiraan ${fmtPlain(durationDays, 'id')} ÷ ${fmtNum(spiT, 'id')} = ${fmtNum(forecastDurationDays, 'id')} hari → selesai ${fmtDate(isoFromDay(finishDay), 'id')}, ${slip.id}`,
      en:
        `the plan reached ${fmtNum(ac, 'en')}% on day ${fmtNum(es, 'en')} (ES); elapsed ${fmtPlain(at, 'en')} days (AT); ` +
        `SPI(t) = ES ÷ AT = ${fmtNum(spiT, 'en')}; forecast duration ${fmtPlain(durationDays, 'en')} ÷ ${fmtNum(spiT, 'en')} = ${fmtNum(forecastDurationDays, 'en')} days → finish ${fmtDate(isoFromDay(finishDay), 'en')}, ${slip.en}`,
    },
  };
}
