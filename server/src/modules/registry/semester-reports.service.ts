import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { AppError, notFound } from '../../lib/app-error.js';
import { errorMessage } from '../../plugins/error-catalogue.js';
import type { RequestContext } from '../accounts/actor.js';
import { recordAudit } from '../audit/audit.service.js';
import { changeBusinessChild } from './business-children.js';
import { figureColumns, figuresOf } from './figures.js';
import { findBusiness, updateBusinessRow } from './registry.repository.js';
import type { TSiinasFigures } from './registry.schemas.js';
import { periodicReports } from './registry.tables.js';

const REPORT = { id: 'Laporan semester', en: 'Semester report' };
type Period = { year: number; semester: number };
type ReportRow = typeof periodicReports.$inferSelect;

export const mapReport = (r: ReportRow) => ({
  id: r.id,
  year: r.year,
  semester: r.semester,
  status: r.status,
  figures: figuresOf(r),
  note: r.note,
  reviewNote: r.reviewNote,
  returnedAt: r.returnedAt?.toISOString() ?? null,
  submittedAt: r.submittedAt?.toISOString() ?? null,
  verifiedAt: r.verifiedAt?.toISOString() ?? null,
  updatedAt: r.updatedAt.toISOString(),
});

/** Figures a report must have before it goes to the Dinas: the ones every upward report uses. */
const REQUIRED_ON_SUBMIT: (keyof TSiinasFigures)[] = [
  'workersMale',
  'workersFemale',
  'productionVolume',
  'productionValueIdr',
];

const periodWhere = (businessId: string, p: Period) =>
  and(
    eq(periodicReports.businessId, businessId),
    eq(periodicReports.year, p.year),
    eq(periodicReports.semester, p.semester),
  );

/**
 * Saves the figures of a semester as a draft (creating it on first save). A verified report is
 * locked; an artisan who edits a report already sent takes it back to draft.
 */
export async function saveReport(
  db: Db,
  ctx: RequestContext,
  businessId: string,
  period: Period,
  input: Partial<TSiinasFigures> & { note?: string | null },
) {
  return changeBusinessChild(db, ctx, businessId, async (tx, audit) => {
    const [before] = await tx
      .select()
      .from(periodicReports)
      .where(periodWhere(businessId, period))
      .for('update');
    if (before?.status === 'verified') throw new AppError('REPORT_LOCKED');
    const values = { ...figureColumns(input), ...(input.note === undefined ? {} : { note: input.note }) };
    const backToDraft = before?.status === 'submitted' && ctx.actor.role === 'artisan';
    const [after] = before
      ? await tx
          .update(periodicReports)
          .set({ ...values, ...(backToDraft ? { status: 'draft' as const } : {}), updatedAt: new Date() })
          .where(eq(periodicReports.id, before.id))
          .returning()
      : await tx
          .insert(periodicReports)
          .values({ ...values, businessId, year: period.year, semester: period.semester })
          .returning();
    if (!after) throw new Error('report not written');
    await audit({
      entity: 'periodic_report',
      entityId: after.id,
      action: before ? 'update' : 'create',
      before: before ?? null,
      after,
    });
    return mapReport(after);
  });
}

async function transition(
  db: Db,
  ctx: RequestContext,
  businessId: string,
  period: Period,
  from: ReportRow['status'],
  apply: (before: ReportRow) => Partial<typeof periodicReports.$inferInsert>,
  afterwards?: (tx: Parameters<Parameters<Db['transaction']>[0]>[0], after: ReportRow) => Promise<void>,
) {
  return changeBusinessChild(db, ctx, businessId, async (tx, audit) => {
    const [before] = await tx
      .select()
      .from(periodicReports)
      .where(periodWhere(businessId, period))
      .for('update');
    if (!before) throw notFound(REPORT);
    if (before.status !== from) throw new AppError('REPORT_WRONG_STATUS', { status: before.status });
    const [after] = await tx
      .update(periodicReports)
      .set({ ...apply(before), updatedAt: new Date() })
      .where(eq(periodicReports.id, before.id))
      .returning();
    if (!after) throw notFound(REPORT);
    await audit({ entity: 'periodic_report', entityId: after.id, action: 'update', before, after });
    await afterwards?.(tx, after);
    return mapReport(after);
  });
}

export function submitReport(db: Db, ctx: RequestContext, businessId: string, period: Period) {
  return transition(db, ctx, businessId, period, 'draft', (before) => {
    const missing = REQUIRED_ON_SUBMIT.filter((f) => before[f] === null);
    if (missing.length) {
      const message = errorMessage('REPORT_INCOMPLETE', ctx.lang);
      throw new AppError(
        'REPORT_INCOMPLETE',
        {},
        undefined,
        missing.map((path) => ({ path, message })),
      );
    }
    return { status: 'submitted', submittedAt: new Date(), submittedBy: ctx.actor.userId };
  });
}

/** Verifies a report; its figures become the business's current figures (the profile follows). */
export function verifyReport(db: Db, ctx: RequestContext, businessId: string, period: Period) {
  return transition(
    db,
    ctx,
    businessId,
    period,
    'submitted',
    () => ({ status: 'verified', verifiedAt: new Date(), verifiedBy: ctx.actor.userId }),
    async (tx, after) => {
      const business = await findBusiness(tx, businessId);
      // Only the figures the report gives: an empty field keeps the profile's value.
      const given = Object.fromEntries(Object.entries(figuresOf(after)).filter(([, v]) => v !== null));
      const updated = await updateBusinessRow(tx, businessId, figureColumns(given));
      await recordAudit(tx, ctx, {
        entity: 'business',
        entityId: businessId,
        centreId: updated.centreId,
        action: 'update',
        before: business ?? null,
        after: { ...updated, source: `periodic_report ${after.id}` },
      });
    },
  );
}

export function returnReport(db: Db, ctx: RequestContext, businessId: string, period: Period, note: string) {
  return transition(db, ctx, businessId, period, 'submitted', () => ({
    status: 'draft',
    reviewNote: note,
    returnedAt: new Date(),
  }));
}
