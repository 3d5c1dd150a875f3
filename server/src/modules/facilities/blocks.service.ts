import { and, asc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import { AppError, notFound } from '../../lib/app-error.js';
import type { Lang } from '../../lib/lang.js';
import { type Actor, assertCentreAccess, centreScope, type RequestContext } from '../accounts/actor.js';
import { recordAudit } from '../audit/audit.service.js';
import { PAST_TOLERANCE_MINUTES } from './booking-rules.js';
import { presentBookings } from './bookings.service.js';
import {
  activeBlocksOverlapping,
  activeBookingsOverlapping,
  auditRow,
  blockLinks,
  inResourceTx,
  insertNotice,
} from './facilities.repository.js';
import type { TBlock, TBlockRequest } from './facilities.schemas.js';
import { facilityBlockBookings, facilityBlocks, facilityResources } from './facilities.tables.js';
import { BLOCK, instant, loadResource, periodFrom, pgCode } from './facilities-access.js';
import { formatWib, formatWibPeriod, toWibIso } from './wib.js';

type BlockRow = typeof facilityBlocks.$inferSelect;

async function loadBlock(db: DbOrTx, actor: Actor, id: string): Promise<BlockRow> {
  const [row] = await db.select().from(facilityBlocks).where(eq(facilityBlocks.id, id));
  if (!row) throw notFound(BLOCK);
  assertCentreAccess(actor, row.centreId);
  return row;
}

async function presentBlock(db: DbOrTx, lang: Lang, block: BlockRow): Promise<TBlock> {
  const [resource] = await db
    .select({
      id: facilityResources.id,
      code: facilityResources.code,
      name: facilityResources.name,
      kind: facilityResources.kind,
      capacityUnit: facilityResources.capacityUnit,
    })
    .from(facilityResources)
    .where(eq(facilityResources.id, block.resourceId));
  if (!resource) throw notFound(BLOCK);
  const links = await blockLinks(db, block.id);
  const bookings = await presentBookings(
    db,
    lang,
    links.map((l) => l.facility_booking),
  );
  return {
    id: block.id,
    resource,
    startsAt: toWibIso(block.period.start),
    endsAt: toWibIso(block.period.end),
    periodLabel: formatWibPeriod(block.period, lang),
    reason: block.reason,
    status: block.status,
    createdByLabel: block.createdByLabel,
    createdAt: toWibIso(block.createdAt),
    liftedByLabel: block.liftedByLabel,
    liftedAt: block.liftedAt ? toWibIso(block.liftedAt) : null,
    unresolvedCount: links.filter((l) => l.facility_block_booking.resolution === null).length,
    affected: links.map((l, i) => ({
      // biome-ignore lint/style/noNonNullAssertion: presentBookings keeps order and length
      booking: bookings[i]!,
      originalPeriodLabel: formatWibPeriod(l.facility_block_booking.originalPeriod, lang),
      resolution: l.facility_block_booking.resolution,
      resolvedByLabel: l.facility_block_booking.resolvedByLabel,
      resolvedAt: l.facility_block_booking.resolvedAt ? toWibIso(l.facility_block_booking.resolvedAt) : null,
    })),
  };
}

export async function getBlock(db: Db, ctx: RequestContext, id: string): Promise<TBlock> {
  return presentBlock(db, ctx.lang, await loadBlock(db, ctx.actor, id));
}

export async function listBlocks(
  db: Db,
  ctx: RequestContext,
  q: { resourceId?: string; status?: 'active' | 'lifted'; from?: string; to?: string },
): Promise<TBlock[]> {
  const scope = centreScope(ctx.actor);
  const where: (SQL | undefined)[] = [
    scope.all ? undefined : eq(facilityBlocks.centreId, scope.centreId),
    q.resourceId ? eq(facilityBlocks.resourceId, q.resourceId) : undefined,
    q.status ? eq(facilityBlocks.status, q.status) : undefined,
  ];
  if (q.from)
    where.push(
      sql`upper(${facilityBlocks.period}) > ${instant(ctx, 'from', q.from).toISOString()}::timestamptz`,
    );
  if (q.to)
    where.push(sql`lower(${facilityBlocks.period}) < ${instant(ctx, 'to', q.to).toISOString()}::timestamptz`);
  const rows = await db
    .select()
    .from(facilityBlocks)
    .where(and(...where))
    .orderBy(asc(sql`lower(${facilityBlocks.period})`))
    .limit(500);
  const out: TBlock[] = [];
  for (const r of rows) out.push(await presentBlock(db, ctx.lang, r));
  return out;
}

/**
 * Closes a resource for maintenance. Decision: a block may be laid over active bookings — the
 * machine breaks whether or not someone booked it — but never silently. Under the resource's
 * exclusive lock (no booking of it can be written meanwhile) every active booking in the period
 * is linked to the block as "affected", its business gets a notice, and it stays unresolved until
 * the manager moves or cancels it; it cannot be approved, checked in or marked no-show before.
 * New bookings and moves into an active block are refused (checked under the same lock). So
 * "an active booking overlaps an active block" holds only for bookings listed as being resolved.
 * A session already checked in is not overridden: check it out first.
 */
export async function createBlock(
  db: Db,
  ctx: RequestContext,
  input: TBlockRequest,
  now = new Date(),
): Promise<TBlock> {
  const period = periodFrom(ctx, input.startsAt, input.endsAt);
  if (period.start.getTime() < now.getTime() - PAST_TOLERANCE_MINUTES * 60_000)
    throw new AppError('FACILITY_IN_THE_PAST', { start: formatWib(period.start, ctx.lang) });
  const resource = await loadResource(db, ctx.actor, input.resourceId);
  if (resource.status === 'retired')
    throw new AppError('FACILITY_RESOURCE_RETIRED', { resource: resource.name });
  try {
    const block = await inResourceTx(db, [{ id: resource.id, exclusive: true }], async (tx) => {
      const [existing] = await activeBlocksOverlapping(tx, [resource.id], period);
      if (existing)
        throw new AppError('FACILITY_BLOCK_OVERLAP', {
          resource: resource.name,
          period: formatWibPeriod(existing.period, ctx.lang),
        });
      const caught = await activeBookingsOverlapping(tx, [resource.id], period);
      const inUse = caught.find((b) => b.status === 'checked_in');
      if (inUse)
        throw new AppError('FACILITY_BLOCK_IN_USE', {
          resource: resource.name,
          period: formatWibPeriod(inUse.period, ctx.lang),
        });
      const [b] = await tx
        .insert(facilityBlocks)
        .values({
          centreId: resource.centreId,
          resourceId: resource.id,
          period,
          reason: input.reason,
          createdByLabel: ctx.actor.label,
        })
        .returning();
      if (!b) throw new Error('block not written');
      if (caught.length)
        await tx
          .insert(facilityBlockBookings)
          .values(caught.map((c) => ({ blockId: b.id, bookingId: c.id, originalPeriod: c.period })));
      for (const c of caught)
        await insertNotice(tx, {
          centreId: b.centreId,
          businessId: c.businessId,
          bookingId: c.id,
          blockId: b.id,
          kind: 'maintenance_affects_booking',
          message: {
            id: `${resource.name} ditutup untuk perawatan ${formatWibPeriod(period, 'id')} (${input.reason}). Pemesanan Anda ${formatWibPeriod(c.period, 'id')} terkena; pengelola akan memindahkan atau membatalkannya.`,
            en: `${resource.name} is closed for maintenance ${formatWibPeriod(period, 'en')} (${input.reason}). Your booking ${formatWibPeriod(c.period, 'en')} is affected; the manager will move or cancel it.`,
          },
        });
      await recordAudit(tx, ctx, {
        entity: 'facility_block',
        entityId: b.id,
        centreId: b.centreId,
        action: 'create',
        after: { ...auditRow(b), affectedBookingIds: caught.map((c) => c.id) },
      });
      return b;
    });
    return presentBlock(db, ctx.lang, block);
  } catch (err) {
    // The exclusion constraint on active blocks, should a writer ever skip the lock.
    if (pgCode(err) === '23P01')
      throw new AppError('FACILITY_BLOCK_OVERLAP', {
        resource: resource.name,
        period: formatWibPeriod(period, ctx.lang),
      });
    throw err;
  }
}

/** Lifts a block (maintenance done early, or entered by mistake): caught bookings stand again. */
export async function liftBlock(db: Db, ctx: RequestContext, id: string, now = new Date()): Promise<TBlock> {
  const first = await loadBlock(db, ctx.actor, id);
  const after = await inResourceTx(db, [{ id: first.resourceId, exclusive: true }], async (tx, locked) => {
    const [before] = await tx.select().from(facilityBlocks).where(eq(facilityBlocks.id, id)).for('update');
    if (!before) throw notFound(BLOCK);
    if (before.status !== 'active') throw new AppError('FACILITY_BLOCK_LIFTED');
    const [b] = await tx
      .update(facilityBlocks)
      .set({ status: 'lifted', liftedAt: now, liftedByLabel: ctx.actor.label })
      .where(eq(facilityBlocks.id, id))
      .returning();
    if (!b) throw notFound(BLOCK);
    const released = await tx
      .update(facilityBlockBookings)
      .set({ resolution: 'released', resolvedAt: now, resolvedByLabel: ctx.actor.label })
      .where(and(eq(facilityBlockBookings.blockId, id), isNull(facilityBlockBookings.resolution)))
      .returning();
    const name = locked.get(b.resourceId)?.name ?? '';
    for (const link of released) {
      const [booking] = (await blockLinks(tx, id)).filter((l) => l.facility_booking.id === link.bookingId);
      if (!booking) continue;
      await insertNotice(tx, {
        centreId: b.centreId,
        businessId: booking.facility_booking.businessId,
        bookingId: link.bookingId,
        blockId: id,
        kind: 'maintenance_lifted',
        message: {
          id: `Penutupan perawatan ${name} ${formatWibPeriod(b.period, 'id')} dicabut. Pemesanan Anda ${formatWibPeriod(booking.facility_booking.period, 'id')} tetap berlaku.`,
          en: `The maintenance closure of ${name} ${formatWibPeriod(b.period, 'en')} was lifted. Your booking ${formatWibPeriod(booking.facility_booking.period, 'en')} stands.`,
        },
      });
    }
    await recordAudit(tx, ctx, {
      entity: 'facility_block',
      entityId: id,
      centreId: b.centreId,
      action: 'update',
      before: { ...auditRow(before), releasedBookingIds: [] },
      after: { ...auditRow(b), releasedBookingIds: released.map((r) => r.bookingId) },
    });
    return b;
  });
  return presentBlock(db, ctx.lang, after);
}
