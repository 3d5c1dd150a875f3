import type { Db } from '../../../db/client.js';
import { notFound } from '../../../lib/app-error.js';
import type { RequestContext } from '../../accounts/actor.js';
import { getContract } from '../contracts.service.js';
import type { TContract, TProjectStatus, TWeeklyReport } from '../projects.schemas.js';
import { listReports } from '../reports/weekly-reports.service.js';
import { projectStatus } from '../status/project-status.service.js';

export type StatusWeek = TProjectStatus['weeks'][number];
export type WeekEvaluation = NonNullable<StatusWeek['evaluation']>;

/** Everything a weekly report export shows; every figure comes from `projectStatus`. */
export interface WeeklyExport {
  contract: TContract;
  report: TWeeklyReport;
  /** The project status evaluated on the week's end date. */
  status: TProjectStatus;
  /** The week reported on, with its plan, actual, deviation and kontrak kritis evaluation. */
  week: StatusWeek & { actualCumPct: number; deviation: number; evaluation: WeekEvaluation };
  /** Weeks 1…N of the contract calendar. */
  weeksUpTo: StatusWeek[];
  generatedAt: Date;
  generatedBy: string;
}

export const weekNotFound = (week: number) =>
  notFound({ id: `Laporan minggu ke-${week}`, en: `Report of week ${week}` });

/**
 * The data of the weekly report of week N: the contract, the report, and the project status as
 * of the week's end date (so the kontrak kritis evaluation is that of the week). A week without a
 * weekly report is a 404.
 */
export async function loadWeeklyExport(
  db: Db,
  ctx: RequestContext,
  contractId: string,
  weekNo: number,
  now = new Date(),
): Promise<WeeklyExport> {
  const contract = await getContract(db, ctx, contractId);
  const report = (await listReports(db, ctx, contractId)).find((r) => r.week === weekNo);
  if (!report) throw weekNotFound(weekNo);
  const status = await projectStatus(db, ctx, contractId, report.periodEnd);
  const week = status.weeks.find((w) => w.week === weekNo);
  if (!week || week.actualCumPct === null || week.deviation === null || !week.evaluation)
    throw weekNotFound(weekNo);
  return {
    contract,
    report,
    status,
    week: {
      ...week,
      actualCumPct: week.actualCumPct,
      deviation: week.deviation,
      evaluation: week.evaluation,
    },
    weeksUpTo: status.weeks.filter((w) => w.week <= weekNo),
    generatedAt: now,
    generatedBy: ctx.actor.label,
  };
}

/** "KRITIS" / "TIDAK KRITIS" / "–" (no report that week). */
export const kritisLabel = (w: Pick<StatusWeek, 'evaluation'>) =>
  w.evaluation ? (w.evaluation.kritis ? 'KRITIS' : 'TIDAK KRITIS') : '–';

export const reportStatusLabel = (s: StatusWeek['reportStatus']) =>
  s === 'approved' ? 'disetujui pengawas' : s === 'draft' ? 'draf' : 'belum ada laporan';

export const ESCALATION_LABELS: Record<TProjectStatus['escalation']['nextStep'], string> = {
  none: 'Tidak ada langkah yang jatuh tempo',
  scm: 'Show Cause Meeting (SCM)',
  warning_letter: 'Surat peringatan',
  termination_possible: 'Pemutusan kontrak dapat dilakukan',
};

/** The escalation step as one line: "Show Cause Meeting (SCM) tahap 1: …". */
export function escalationText(e: TProjectStatus['escalation']): string {
  const head =
    e.nextStep === 'scm' && e.nextScmStage
      ? `SCM tahap ${['', 'I', 'II', 'III'][e.nextScmStage] ?? e.nextScmStage}`
      : ESCALATION_LABELS[e.nextStep];
  return `${head}. ${e.explanation.id}`;
}

/** The late penalty in one sentence (none before the end date). */
export function penaltyText(p: TProjectStatus['penalty'], fmt: { rupiah: (n: number) => string }): string {
  if (p.daysLate <= 0) return `Tidak ada. ${p.explanation.id}`;
  const amount = p.capReached
    ? `${fmt.rupiah(p.cappedIdr)} (batas tercapai; tanpa batas ${fmt.rupiah(p.uncappedIdr)})`
    : fmt.rupiah(p.uncappedIdr);
  return `${p.daysLate} hari × ${fmt.rupiah(p.perDayIdr)} = ${amount}. ${p.explanation.id}`;
}

/** The forecast finish in one sentence. */
export function forecastText(
  f: TProjectStatus['forecast'],
  fmt: { tanggal: (iso: string) => string },
): string {
  const head = f.finishDate ? fmt.tanggal(f.finishDate) : 'belum dapat diperkirakan';
  return `${head}. ${f.explanation.id}`;
}
