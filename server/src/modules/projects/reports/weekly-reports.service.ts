import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db, DbOrTx, Tx } from '../../../db/client.js';
import { AppError, notFound } from '../../../lib/app-error.js';
import type { RequestContext } from '../../accounts/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import { storedFiles } from '../../registry/registry.tables.js';
import { contractCalendar, loadBoq, planOf } from '../boq/boq.service.js';
import type { TWeeklyReport, TWeeklyReportRequest } from '../projects.schemas.js';
import { progressPhotos, weeklyItemProgress, weeklyReports } from '../projects.tables.js';
import { type ContractRow, loadContract } from '../projects-access.js';

const REPORT = { id: 'Laporan mingguan', en: 'Weekly report' };
type ReportRow = typeof weeklyReports.$inferSelect;
const fmt = (n: number) => new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 }).format(n);

export const photoUrl = (id: string, size: 'thumb' | 'original') => `/api/projects/photos/${id}/${size}`;

export async function loadReports(db: DbOrTx, contractId: string): Promise<ReportRow[]> {
  return db
    .select()
    .from(weeklyReports)
    .where(eq(weeklyReports.contractId, contractId))
    .orderBy(asc(weeklyReports.week));
}

/**
 * What a report says, checked: the week lies in the contract (with time addenda and the
 * pemberian kesempatan), progress is 0–100, and the cumulative figure never goes below an earlier
 * week's nor above a later one's, for the contract as for each item.
 */
async function resolveProgress(
  db: DbOrTx,
  contract: ContractRow,
  input: TWeeklyReportRequest,
  exceptReportId: string | null,
) {
  const { plan: planCalendar, reporting } = await contractCalendar(db, contract);
  if (input.week < 1 || input.week > reporting.totalWeeks)
    throw new AppError('WEEK_OUTSIDE_CONTRACT', { week: input.week, last: reporting.totalWeeks });
  const range = reporting.weekRange(input.week);
  const others = (await loadReports(db, contract.id)).filter((r) => r.id !== exceptReportId);
  if (others.some((r) => r.week === input.week))
    throw new AppError('WEEK_ALREADY_REPORTED', { week: input.week });

  let actualCumPct: number;
  let items: { itemId: string; progressPct: number }[] = [];
  if (input.items?.length) {
    const boq = await loadBoq(db, contract.id);
    if (boq.length === 0) throw new AppError('BOQ_MISSING');
    const weights = new Map(
      planOf(contract, boq, planCalendar).weights.items.map((w) => [w.id, w.weightPct]),
    );
    const unknown = input.items.find((i) => !weights.has(i.itemId));
    if (unknown) throw notFound({ id: 'Item pekerjaan', en: 'Work item' });
    // Items left out keep the progress of the latest earlier report.
    const earlier = others.filter((r) => r.week < input.week).at(-1);
    const carried = earlier ? await itemProgressOf(db, earlier.id) : new Map<string, number>();
    const given = new Map(input.items.map((i) => [i.itemId, i.progressPct]));
    items = boq.map((b) => ({ itemId: b.id, progressPct: given.get(b.id) ?? carried.get(b.id) ?? 0 }));
    for (const i of items) {
      const before = carried.get(i.itemId) ?? 0;
      if (i.progressPct < before)
        throw new AppError('PROGRESS_DECREASED', {
          actual: fmt(i.progressPct),
          week: earlier?.week ?? 0,
          previous: fmt(before),
        });
    }
    actualCumPct = items.reduce((s, i) => s + ((weights.get(i.itemId) ?? 0) * i.progressPct) / 100, 0);
    actualCumPct = Math.min(100, Math.round(actualCumPct * 10_000) / 10_000);
  } else if (input.actualCumPct !== null && input.actualCumPct !== undefined) {
    actualCumPct = input.actualCumPct;
  } else {
    throw new AppError('PROGRESS_MISSING');
  }

  const earlier = others.filter((r) => r.week < input.week).at(-1);
  if (earlier && actualCumPct < Number(earlier.actualCumPct))
    throw new AppError('PROGRESS_DECREASED', {
      actual: fmt(actualCumPct),
      week: earlier.week,
      previous: fmt(Number(earlier.actualCumPct)),
    });
  const later = others.find((r) => r.week > input.week);
  if (later && actualCumPct > Number(later.actualCumPct))
    throw new AppError('PROGRESS_DECREASED', {
      actual: fmt(Number(later.actualCumPct)),
      week: input.week,
      previous: fmt(actualCumPct),
    });
  return { range, actualCumPct, items, byItem: items.length > 0 };
}

async function itemProgressOf(db: DbOrTx, reportId: string): Promise<Map<string, number>> {
  const rows = await db.select().from(weeklyItemProgress).where(eq(weeklyItemProgress.reportId, reportId));
  return new Map(rows.map((r) => [r.itemId, Number(r.itemProgressPct)]));
}

async function writeItems(tx: Tx, reportId: string, items: { itemId: string; progressPct: number }[]) {
  await tx.delete(weeklyItemProgress).where(eq(weeklyItemProgress.reportId, reportId));
  if (items.length)
    await tx
      .insert(weeklyItemProgress)
      .values(items.map((i) => ({ reportId, itemId: i.itemId, itemProgressPct: String(i.progressPct) })));
}

export async function createReport(
  db: Db,
  ctx: RequestContext,
  contractId: string,
  input: TWeeklyReportRequest,
): Promise<TWeeklyReport> {
  const contract = await loadContract(db, ctx.actor, contractId);
  const id = await db.transaction(async (tx) => {
    await lockContract(tx, contractId);
    const p = await resolveProgress(tx, contract, input, null);
    const [row] = await tx
      .insert(weeklyReports)
      .values({
        contractId,
        week: input.week,
        periodStart: p.range.startDate,
        periodEnd: p.range.endDate,
        actualCumPct: String(p.actualCumPct),
        byItem: p.byItem,
        notes: input.notes ?? null,
        createdBy: ctx.actor.userId,
      })
      .returning();
    if (!row) throw new Error('report not written');
    await writeItems(tx, row.id, p.items);
    await recordAudit(tx, ctx, {
      entity: 'project_weekly_report',
      entityId: row.id,
      centreId: contract.centreId,
      action: 'create',
      after: row,
    });
    return row.id;
  });
  return getReport(db, ctx, contractId, id);
}

/** Reports of one contract are written one at a time, so two clerks cannot break the order. */
async function lockContract(tx: Tx, contractId: string) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`weekly:${contractId}`}))`);
}

async function findReport(db: DbOrTx, contractId: string, reportId: string): Promise<ReportRow> {
  const [row] = await db
    .select()
    .from(weeklyReports)
    .where(and(eq(weeklyReports.id, reportId), eq(weeklyReports.contractId, contractId)));
  if (!row) throw notFound(REPORT);
  return row;
}

export async function updateReport(
  db: Db,
  ctx: RequestContext,
  contractId: string,
  reportId: string,
  input: TWeeklyReportRequest,
): Promise<TWeeklyReport> {
  const contract = await loadContract(db, ctx.actor, contractId);
  await db.transaction(async (tx) => {
    await lockContract(tx, contractId);
    const before = await findReport(tx, contractId, reportId);
    if (before.status === 'approved') throw new AppError('WEEKLY_REPORT_LOCKED', { week: before.week });
    const p = await resolveProgress(tx, contract, input, reportId);
    const [after] = await tx
      .update(weeklyReports)
      .set({
        week: input.week,
        periodStart: p.range.startDate,
        periodEnd: p.range.endDate,
        actualCumPct: String(p.actualCumPct),
        byItem: p.byItem,
        notes: input.notes ?? null,
        updatedAt: new Date(),
      })
      .where(eq(weeklyReports.id, reportId))
      .returning();
    await writeItems(tx, reportId, p.items);
    await recordAudit(tx, ctx, {
      entity: 'project_weekly_report',
      entityId: reportId,
      centreId: contract.centreId,
      action: 'update',
      before,
      after,
    });
  });
  return getReport(db, ctx, contractId, reportId);
}

/** The supervisor approves: from then on the report is locked (and the BoQ with it). */
export async function approveReport(
  db: Db,
  ctx: RequestContext,
  contractId: string,
  reportId: string,
): Promise<TWeeklyReport> {
  const contract = await loadContract(db, ctx.actor, contractId);
  await db.transaction(async (tx) => {
    const before = await findReport(tx, contractId, reportId);
    if (before.status === 'approved') throw new AppError('WEEKLY_REPORT_LOCKED', { week: before.week });
    const [after] = await tx
      .update(weeklyReports)
      .set({
        status: 'approved',
        approvedBy: ctx.actor.userId,
        approvedByLabel: ctx.actor.label,
        approvedAt: new Date(),
        updatedAt: new Date(),
      })
      .where(eq(weeklyReports.id, reportId))
      .returning();
    await recordAudit(tx, ctx, {
      entity: 'project_weekly_report',
      entityId: reportId,
      centreId: contract.centreId,
      action: 'update',
      before,
      after,
    });
  });
  return getReport(db, ctx, contractId, reportId);
}

export async function getReport(
  db: Db,
  ctx: RequestContext,
  contractId: string,
  reportId: string,
): Promise<TWeeklyReport> {
  await loadContract(db, ctx.actor, contractId);
  const [presented] = await presentReports(db, [await findReport(db, contractId, reportId)]);
  if (!presented) throw notFound(REPORT);
  return presented;
}

export async function listReports(db: Db, ctx: RequestContext, contractId: string) {
  await loadContract(db, ctx.actor, contractId);
  return presentReports(db, await loadReports(db, contractId));
}

export async function presentReports(db: DbOrTx, reports: ReportRow[]): Promise<TWeeklyReport[]> {
  const ids = reports.map((r) => r.id);
  const [items, photos] = ids.length
    ? await Promise.all([
        db.select().from(weeklyItemProgress).where(inArray(weeklyItemProgress.reportId, ids)),
        db
          .select({ photo: progressPhotos, sha256: storedFiles.sha256 })
          .from(progressPhotos)
          .innerJoin(storedFiles, eq(storedFiles.id, progressPhotos.fileId))
          .where(inArray(progressPhotos.reportId, ids))
          .orderBy(asc(progressPhotos.uploadedAt)),
      ])
    : [[], []];
  return reports.map((r) => ({
    id: r.id,
    week: r.week,
    periodStart: r.periodStart,
    periodEnd: r.periodEnd,
    actualCumPct: Number(r.actualCumPct),
    byItem: r.byItem,
    items: items
      .filter((i) => i.reportId === r.id)
      .map((i) => ({ itemId: i.itemId, progressPct: Number(i.itemProgressPct) })),
    notes: r.notes,
    status: r.status,
    approvedByLabel: r.approvedByLabel,
    approvedAt: r.approvedAt?.toISOString() ?? null,
    photos: photos
      .filter((p) => p.photo.reportId === r.id)
      .map(({ photo: p, sha256 }) => ({
        id: p.id,
        itemId: p.itemId,
        caption: p.caption,
        takenAt: p.takenAt,
        latitude: p.latitude,
        longitude: p.longitude,
        sha256,
        thumbUrl: photoUrl(p.id, 'thumb'),
        url: photoUrl(p.id, 'original'),
        uploadedByLabel: p.uploadedByLabel,
        uploadedAt: p.uploadedAt.toISOString(),
      })),
  }));
}
