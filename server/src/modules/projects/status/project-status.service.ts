import { and, count, eq, inArray, lte } from 'drizzle-orm';
import type { Db } from '../../../db/client.js';
import { todayInJakarta } from '../../../lib/dates.js';
import type { RequestContext } from '../../accounts/actor.js';
import { contractCalendar, loadBoq, planOf } from '../boq/boq.service.js';
import { contractValueInForce, kesempatanDays } from '../contracts.service.js';
import { asAppError, loadProjectParams } from '../project-params.js';
import type { TProjectStatus } from '../projects.schemas.js';
import {
  contractDocuments,
  dakTransfers,
  payments,
  progressPhotos,
  scmMeetings,
  warningLetters,
} from '../projects.tables.js';
import { loadContract } from '../projects-access.js';
import { loadReports } from '../reports/weekly-reports.service.js';
import {
  daysBetween,
  evaluateWeek,
  forecastCompletion,
  latePenalty,
  lrpdCoSummary,
  round2,
  tahap2Readiness,
  tahap3Readiness,
  type WeekEvaluation,
} from '../rules/index.js';

const r2 = (n: number) => round2(n);

/**
 * Everything the status panel and the S-curve chart show, computed from the stored records and
 * the rules in force on `asOf`: plan and actual per week with the kontrak kritis evaluation of
 * each reported week, the forecast, the late penalty, the escalation step due, money and the DAK
 * tranche checks. Each evaluation carries its explanation and legal source.
 */
export async function projectStatus(
  db: Db,
  ctx: RequestContext,
  contractId: string,
  asOf = todayInJakarta(),
): Promise<TProjectStatus> {
  try {
    return await computeStatus(db, ctx, contractId, asOf);
  } catch (err) {
    throw asAppError(err, ctx.lang);
  }
}

async function computeStatus(db: Db, ctx: RequestContext, contractId: string, asOf: string) {
  const contract = await loadContract(db, ctx.actor, contractId);
  const params = await loadProjectParams(db, asOf);
  const { plan: calendar, reporting, addenda } = await contractCalendar(db, contract);
  const items = await loadBoq(db, contractId);
  const plan = planOf(contract, items, calendar);
  // The status as it stood on asOf: a report counts once its week has begun, a meeting, letter,
  // payment or transfer once it happened. A past week's PDF then says what was known that week.
  const reports = (await loadReports(db, contractId)).filter((r) => r.periodStart <= asOf);
  const fiscalYearEnd = `${contract.fiscalYear}-12-31`;
  const value = contractValueInForce(contract, addenda);
  const planCum = (week: number) =>
    plan.rows.find((r) => r.week === week)?.planCumPct ?? (week > calendar.totalWeeks ? plan.finalCumPct : 0);

  const actualsUpTo = (week: number) =>
    reports
      .filter((r) => r.week <= week)
      .map((r) => ({ asOf: r.periodEnd, actualCumPct: Number(r.actualCumPct) }));
  const forecastAt = (week: number) =>
    forecastCompletion({ calendar, plan: plan.rows, actuals: actualsUpTo(week), fiscalYearEnd });

  // A forecast costs ~1 ms; only the Periode II year-end case reads it (behind, plan above 70 %).
  const needsForecast = (week: number, actual: number) =>
    params.kritis.period2YearEndRule &&
    planCum(week) > params.kritis.period1MaxPlanPct &&
    actual < planCum(week);
  const evaluations = new Map<number, WeekEvaluation>();
  for (const r of reports) {
    evaluations.set(
      r.week,
      evaluateWeek(
        {
          planCumPct: planCum(r.week),
          actualCumPct: Number(r.actualCumPct),
          forecastFinish: needsForecast(r.week, Number(r.actualCumPct))
            ? forecastAt(r.week).conservativeFinishDate
            : null,
          fiscalYearEnd,
        },
        params.kritis,
      ),
    );
  }
  const presentEvaluation = (e: WeekEvaluation) => ({
    period: e.period,
    kritis: e.kritis,
    reason: e.reason,
    thresholdPoints: e.thresholdPoints,
    explanation: e.explanation,
    legalSource: e.legalSource,
  });

  const weeks = Array.from({ length: reporting.totalWeeks }, (_, i) => {
    const week = i + 1;
    const range = reporting.weekRange(week);
    const report = reports.find((r) => r.week === week);
    const planRow = plan.rows.find((r) => r.week === week);
    const evaluation = evaluations.get(week);
    return {
      week,
      startDate: range.startDate,
      endDate: range.endDate,
      planPct: r2(planRow?.planPct ?? 0),
      planCumPct: r2(planCum(week)),
      actualCumPct: report ? r2(Number(report.actualCumPct)) : null,
      deviation: report ? r2(Number(report.actualCumPct) - planCum(week)) : null,
      reportStatus: report?.status ?? null,
      evaluation: evaluation ? presentEvaluation(evaluation) : null,
    };
  });

  const last = reports.at(-1);
  const latestEval = last ? evaluations.get(last.week) : undefined;
  const forecast = forecastAt(last?.week ?? 0);
  const actualNow = last ? Number(last.actualCumPct) : 0;

  // The later of the two methods' forecasts: what the penalty could come to if nothing changes.
  const exposures = [forecast.trend.penaltyExposureDays, forecast.earnedSchedule.penaltyExposureDays].filter(
    (d): d is number => d !== null,
  );
  const exposureDays = exposures.length ? Math.max(...exposures) : null;
  const penalty = latePenalty(
    {
      contractValue: Math.round(value),
      originalEndDate: contract.endDate,
      timeExtensions: addenda
        .filter((a) => a.kind === 'waktu' || a.kind === 'waktu_nilai')
        .map((a) => ({ ref: a.number, days: a.extraDays })),
      pemberianKesempatanDays: kesempatanDays(addenda) || null,
      completionDate: contract.phoDate,
      asOf,
      base:
        contract.penaltyBase === 'nilai_kontrak'
          ? { kind: 'contract_value' }
          : { kind: 'unfinished_part', unfinishedValue: Math.round(value * (1 - actualNow / 100)) },
    },
    params.penalty,
  );

  const [scm, letters, paid, transfers, [photoCount], reviuDocs] = await Promise.all([
    db
      .select()
      .from(scmMeetings)
      .where(and(eq(scmMeetings.contractId, contractId), lte(scmMeetings.heldOn, asOf))),
    db
      .select()
      .from(warningLetters)
      .where(and(eq(warningLetters.contractId, contractId), lte(warningLetters.issuedOn, asOf))),
    db
      .select()
      .from(payments)
      .where(and(eq(payments.contractId, contractId), lte(payments.paidOn, asOf))),
    db
      .select()
      .from(dakTransfers)
      .where(and(eq(dakTransfers.contractId, contractId), lte(dakTransfers.receivedOn, asOf))),
    reports.length
      ? db
          .select({ n: count() })
          .from(progressPhotos)
          .where(
            inArray(
              progressPhotos.reportId,
              reports.map((r) => r.id),
            ),
          )
      : Promise.resolve([{ n: 0 }]),
    db
      .select({ kind: contractDocuments.kind })
      .from(contractDocuments)
      .where(eq(contractDocuments.contractId, contractId)),
  ]);

  const paidTotal = paid.reduce((s, p) => s + Number(p.amountIdr), 0);
  const received = transfers.reduce((s, t) => s + Number(t.amountIdr), 0);
  const tahap1 = transfers.filter((t) => t.tranche === 1).reduce((s, t) => s + Number(t.amountIdr), 0);
  const lrpdInput = {
    allocation: Math.round(Number(contract.allocationIdr)),
    contractValue: Math.round(value),
    fundsReceived: Math.round(received),
    payments: paid.map((p) => Math.round(Number(p.amountIdr))),
    physicalOutputPct: actualNow,
  };
  const lrpd = lrpdCoSummary(lrpdInput);
  const tahap2 = tahap2Readiness(
    { allocation: lrpdInput.allocation, ndk: lrpdInput.contractValue, tahap1Received: Math.round(tahap1) },
    params.dak,
  );
  const tahap3 = tahap3Readiness(
    {
      ...lrpdInput,
      photoCount: photoCount?.n ?? 0,
      reviuReportPresent: reviuDocs.some((d) => d.kind === 'reviu_apip'),
    },
    params.dak,
  );

  return {
    asOf,
    totalWeeks: reporting.totalWeeks,
    weeks,
    latest:
      last && latestEval
        ? {
            week: last.week,
            planCumPct: r2(latestEval.planCumPct),
            actualCumPct: r2(latestEval.actualCumPct),
            deviation: r2(latestEval.deviation),
            evaluation: presentEvaluation(latestEval),
          }
        : null,
    planProblems: items.length
      ? plan.problems.map((p) => ({ code: p.code, message: p.explanation }))
      : [
          {
            code: 'boq_missing',
            message: {
              id: 'RAB dan jadwal belum diimpor: kurva rencana belum ada.',
              en: 'The RAB and schedule are not imported yet: there is no planned curve.',
            },
          },
        ],
    forecast: {
      status: forecast.status,
      finishDate: forecast.conservativeFinishDate,
      trendFinishDate: forecast.trend.finishDate,
      earnedScheduleFinishDate: forecast.earnedSchedule.finishDate,
      spiT:
        forecast.earnedSchedule.spiT === null ? null : Math.round(forecast.earnedSchedule.spiT * 1000) / 1000,
      // Both slips are of the finish date shown (the later of the two methods).
      slipDaysVsContractEnd: forecast.conservativeFinishDate
        ? daysBetween(calendar.endDate, forecast.conservativeFinishDate)
        : null,
      slipDaysVsFiscalYearEnd: forecast.conservativeFinishDate
        ? daysBetween(fiscalYearEnd, forecast.conservativeFinishDate)
        : null,
      pastFiscalYearEnd: !!(forecast.trend.pastFiscalYearEnd || forecast.earnedSchedule.pastFiscalYearEnd),
      penaltyExposureDays: exposureDays,
      penaltyExposureIdr: exposureDays === null ? null : exposureDays * penalty.perDay.amount,
      explanation: forecast.explanation,
    },
    penalty: {
      endDate: penalty.endDate,
      daysLate: penalty.daysLate,
      perDayIdr: penalty.perDay.amount,
      uncappedIdr: penalty.uncapped.amount,
      cappedIdr: penalty.capped.amount,
      capReached: penalty.capReached,
      kesempatanDays: penalty.pemberianKesempatan?.days ?? 0,
      kesempatanExceedsMax: penalty.pemberianKesempatan?.exceedsMax ?? false,
      explanation: penalty.explanation,
      legalSource: penalty.legalSource,
    },
    escalation: escalationStep(!!latestEval?.kritis, scm, letters),
    money: {
      contractValueIdr: Math.round(value),
      paidIdr: paidTotal,
      financialPct: r2((paidTotal / value) * 100),
      physicalPct: r2(actualNow),
    },
    dak: {
      tahap2: {
        eligible: tahap2.eligible,
        amountIdr: tahap2.amount,
        ndkPct: r2(tahap2.ndkPct),
        explanation: tahap2.explanation,
        legalSource: tahap2.legalSource,
      },
      tahap3: {
        ready: tahap3.ready,
        items: tahap3.items.map((i) => ({
          item: i.item,
          met: i.met,
          explanation: i.explanation,
          legalSource: i.legalSource ?? null,
        })),
        explanation: tahap3.explanation,
      },
      lrpdCo: {
        allocationIdr: lrpd.allocation,
        contractValueIdr: lrpd.contractValue,
        fundsReceivedIdr: lrpd.fundsReceived,
        fundsAbsorbedIdr: lrpd.fundsAbsorbed,
        absorptionPct: lrpd.absorptionPct === null ? null : r2(lrpd.absorptionPct),
        physicalOutputPct: r2(lrpd.physicalOutputPct),
        explanation: lrpd.explanation,
      },
    },
  };
}

const ROMAN: Record<number, string> = { 1: 'I', 2: 'II', 3: 'III', 4: 'IV' };
const pctId = (n: number) => new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 }).format(n);
const dateIn = (locale: string) => (iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
const tanggalId = dateIn('id-ID');
const tanggalEn = dateIn('en-GB');

type ScmRow = typeof scmMeetings.$inferSelect;
type LetterRow = typeof warningLetters.$inferSelect;

/**
 * The next step of contract control (Peraturan LKPP 12/2021 Lampiran VII.7.10): a kritis contract
 * goes to SCM I; a failed test case brings the warning letter of that stage, then the next SCM;
 * after SCM III and SP3 the PPK may terminate.
 */
export function escalationStep(kritis: boolean, scm: ScmRow[], letters: LetterRow[]) {
  const last = [...scm].sort((a, b) => a.stage - b.stage).at(-1);
  if (last && last.outcome === null)
    return {
      nextStep: 'none' as const,
      nextScmStage: null,
      explanation: {
        id: `Menunggu hasil uji coba SCM tahap ${ROMAN[last.stage]}: target ${pctId(Number(last.targetPct))}% sampai ${tanggalId(last.deadline)}.`,
        en: `Awaiting the SCM stage ${ROMAN[last.stage]} test case: ${round2(Number(last.targetPct))}% by ${tanggalEn(last.deadline)}.`,
      },
    };
  if (last?.outcome === 'gagal') {
    if (!letters.some((l) => l.level === last.stage))
      return {
        nextStep: 'warning_letter' as const,
        nextScmStage: null,
        explanation: {
          id: `Uji coba SCM tahap ${ROMAN[last.stage]} gagal: PPK menerbitkan Surat Peringatan ${last.stage} (SP${last.stage}).`,
          en: `The SCM stage ${ROMAN[last.stage]} test case failed: the PPK issues warning letter SP${last.stage}.`,
        },
      };
    if (last.stage >= 3)
      return {
        nextStep: 'termination_possible' as const,
        nextScmStage: null,
        explanation: {
          id: 'Uji coba SCM tahap III gagal dan SP3 telah terbit: PPK dapat memutus kontrak (jaminan pelaksanaan dicairkan, denda, daftar hitam).',
          en: 'The SCM stage III test case failed and SP3 was issued: the PPK may terminate the contract (performance bond, penalty, blacklist).',
        },
      };
    if (kritis)
      return {
        nextStep: 'scm' as const,
        nextScmStage: last.stage + 1,
        explanation: {
          id: `Kontrak masih kritis setelah SP${last.stage}: adakan SCM tahap ${ROMAN[last.stage + 1]}.`,
          en: `Still kritis after SP${last.stage}: hold SCM stage ${ROMAN[last.stage + 1]}.`,
        },
      };
  }
  if (kritis && !last)
    return {
      nextStep: 'scm' as const,
      nextScmStage: 1,
      explanation: {
        id: 'Kontrak kritis: PPK menegur penyedia dan mengadakan Show Cause Meeting (SCM) tahap I dengan target uji coba yang disepakati.',
        en: 'Kritis contract: the PPK warns the contractor and holds Show Cause Meeting (SCM) stage I with an agreed test case.',
      },
    };
  return {
    nextStep: 'none' as const,
    nextScmStage: null,
    explanation: {
      id: 'Tidak ada langkah pengendalian yang jatuh tempo.',
      en: 'No contract-control step is due.',
    },
  };
}
