import { and, desc, eq, inArray, isNull, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { notFound } from '../../lib/app-error.js';
import { assertCentreAccess, type RequestContext } from '../accounts/actor.js';
import { recordAudit } from '../audit/audit.service.js';
import { businesses } from '../registry/registry.tables.js';
import { businessScope } from '../registry/registry-access.js';
import type { TNotice } from './facilities.schemas.js';
import { facilityNotices } from './facilities.tables.js';
import { assertOwnBusiness, NOTICE } from './facilities-access.js';
import { toWibIso } from './wib.js';

type Row = { notice: typeof facilityNotices.$inferSelect; businessName: string };

function present(ctx: RequestContext, { notice: n, businessName }: Row): TNotice {
  return {
    id: n.id,
    business: { id: n.businessId, name: businessName },
    bookingId: n.bookingId,
    blockId: n.blockId,
    kind: n.kind,
    message: ctx.lang === 'id' ? n.messageId : n.messageEn,
    createdAt: toWibIso(n.createdAt),
    readAt: n.readAt ? toWibIso(n.readAt) : null,
  };
}

/** Notices of the artisan's own businesses, or of the whole centre for staff; newest first. */
export async function listNotices(
  db: Db,
  ctx: RequestContext,
  q: { unread?: boolean; businessId?: string },
): Promise<TNotice[]> {
  const scope = await businessScope(db, ctx.actor);
  if (scope.onlyIds && !scope.onlyIds.length) return [];
  const where: (SQL | undefined)[] = [
    scope.centre.all ? undefined : eq(facilityNotices.centreId, scope.centre.centreId),
    scope.onlyIds ? inArray(facilityNotices.businessId, scope.onlyIds) : undefined,
    q.businessId ? eq(facilityNotices.businessId, q.businessId) : undefined,
    q.unread ? isNull(facilityNotices.readAt) : undefined,
  ];
  const rows = await db
    .select({ notice: facilityNotices, businessName: businesses.name })
    .from(facilityNotices)
    .innerJoin(businesses, eq(businesses.id, facilityNotices.businessId))
    .where(and(...where))
    .orderBy(desc(facilityNotices.createdAt))
    .limit(200);
  return rows.map((r) => present(ctx, r));
}

export async function markNoticeRead(
  db: Db,
  ctx: RequestContext,
  id: string,
  now = new Date(),
): Promise<TNotice> {
  const [row] = await db
    .select({ notice: facilityNotices, businessName: businesses.name })
    .from(facilityNotices)
    .innerJoin(businesses, eq(businesses.id, facilityNotices.businessId))
    .where(eq(facilityNotices.id, id));
  if (!row) throw notFound(NOTICE);
  assertCentreAccess(ctx.actor, row.notice.centreId);
  await assertOwnBusiness(db, ctx.actor, row.notice.businessId);
  if (row.notice.readAt) return present(ctx, row);
  const after = await db.transaction(async (tx) => {
    const [n] = await tx
      .update(facilityNotices)
      .set({ readAt: now, readByLabel: ctx.actor.label })
      .where(eq(facilityNotices.id, id))
      .returning();
    if (!n) throw notFound(NOTICE);
    await recordAudit(tx, ctx, {
      entity: 'facility_notice',
      entityId: id,
      centreId: n.centreId,
      action: 'update',
      before: row.notice,
      after: n,
    });
    return n;
  });
  return present(ctx, { notice: after, businessName: row.businessName });
}
