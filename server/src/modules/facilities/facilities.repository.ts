import { and, asc, eq, inArray, isNull, ne, type SQL, sql } from 'drizzle-orm';
import type { Db, DbOrTx, Tx } from '../../db/client.js';
import { notFound } from '../../lib/app-error.js';
import { businesses, people } from '../registry/registry.tables.js';
import {
  ACTIVE_BOOKING_STATUSES,
  facilityBlockBookings,
  facilityBlocks,
  facilityBookings,
  facilityNotices,
  facilityResources,
  type NOTICE_KINDS,
} from './facilities.tables.js';
import { RESOURCE, type ResourceRow } from './facilities-access.js';
import { type Period, toPgRange } from './period.js';

export const rangeParam = (p: Period): SQL => sql`${toPgRange(p)}::tstzrange`;
export const activeBooking = inArray(facilityBookings.status, [...ACTIVE_BOOKING_STATUSES]);

/** Thrown inside a transaction when the lock taken no longer fits the resource: run it again. */
class LockModeChanged extends Error {}

/**
 * Runs `fn` in a transaction that holds a row lock on each resource it touches.
 *
 * Why a row lock on the resource (a per-resource lock, like an advisory lock but tied to a real
 * row, without hash collisions) and not SERIALIZABLE + retry: twenty people asking for the same
 * hall at once would make SERIALIZABLE abort most of them with 40001 and retry in a herd, and its
 * predicate locks on a gist range index are coarse (pages), so bookings of *other* resources
 * would conflict too. The lock instead queues the writers of one resource and leaves every other
 * resource alone.
 *
 * - A capacity-1 resource is locked FOR SHARE: bookings of it run side by side, and the exclusion
 *   constraint `facility_booking_no_overlap` decides between them in the database itself (the
 *   loser gets 23P01). The share lock only keeps out a concurrent maintenance block or a change of
 *   capacity, which lock FOR UPDATE.
 * - A resource with capacity > 1 (and any `exclusive` caller: blocks, capacity changes) is locked
 *   FOR UPDATE: the count "units in use ≤ capacity" is read and the booking written while no one
 *   else can write that resource, so the count cannot be stale.
 * Locks are taken in id order, so a move between two resources cannot deadlock with another.
 */
export async function inResourceTx<T>(
  db: Db,
  targets: { id: string; exclusive?: boolean }[],
  fn: (tx: Tx, locked: Map<string, ResourceRow>) => Promise<T>,
): Promise<T> {
  const ids = [...new Set(targets.map((t) => t.id))].sort();
  for (let attempt = 0; ; attempt++) {
    const peek = await db
      .select({ id: facilityResources.id, capacity: facilityResources.capacity })
      .from(facilityResources)
      .where(inArray(facilityResources.id, ids));
    const exclusive = (id: string) =>
      targets.some((t) => t.id === id && t.exclusive) || (peek.find((p) => p.id === id)?.capacity ?? 1) > 1;
    try {
      return await db.transaction(async (tx) => {
        const locked = new Map<string, ResourceRow>();
        for (const id of ids) {
          const q = tx.select().from(facilityResources).where(eq(facilityResources.id, id));
          const [row] = exclusive(id) ? await q.for('update') : await q.for('share');
          if (!row) throw notFound(RESOURCE);
          if (!exclusive(id) && row.capacity > 1) throw new LockModeChanged();
          locked.set(id, row);
        }
        return fn(tx, locked);
      });
    } catch (err) {
      if (err instanceof LockModeChanged && attempt < 3) continue;
      throw err;
    }
  }
}

export interface OccupyingBooking {
  id: string;
  resourceId: string;
  businessId: string;
  period: Period;
  units: number;
  status: string;
}

/** Active bookings of these resources overlapping `period` (optionally leaving one out). */
export async function activeBookingsOverlapping(
  db: DbOrTx,
  resourceIds: string[],
  period: Period,
  excludeId?: string,
): Promise<OccupyingBooking[]> {
  if (!resourceIds.length) return [];
  return db
    .select({
      id: facilityBookings.id,
      resourceId: facilityBookings.resourceId,
      businessId: facilityBookings.businessId,
      period: facilityBookings.period,
      units: facilityBookings.units,
      status: facilityBookings.status,
    })
    .from(facilityBookings)
    .where(
      and(
        inArray(facilityBookings.resourceId, resourceIds),
        activeBooking,
        sql`${facilityBookings.period} && ${rangeParam(period)}`,
        excludeId ? ne(facilityBookings.id, excludeId) : undefined,
      ),
    )
    .orderBy(sql`lower(${facilityBookings.period})`);
}

/** Active maintenance blocks of these resources overlapping `period`. */
export async function activeBlocksOverlapping(db: DbOrTx, resourceIds: string[], period: Period) {
  if (!resourceIds.length) return [];
  return db
    .select()
    .from(facilityBlocks)
    .where(
      and(
        inArray(facilityBlocks.resourceId, resourceIds),
        eq(facilityBlocks.status, 'active'),
        sql`${facilityBlocks.period} && ${rangeParam(period)}`,
      ),
    )
    .orderBy(sql`lower(${facilityBlocks.period})`);
}

/** The active blocks that caught a booking and are not resolved yet. */
export async function unresolvedBlocksOf(db: DbOrTx, bookingIds: string[]) {
  if (!bookingIds.length) return [];
  return db
    .select({ bookingId: facilityBlockBookings.bookingId, block: facilityBlocks })
    .from(facilityBlockBookings)
    .innerJoin(facilityBlocks, eq(facilityBlocks.id, facilityBlockBookings.blockId))
    .where(
      and(
        inArray(facilityBlockBookings.bookingId, bookingIds),
        isNull(facilityBlockBookings.resolution),
        eq(facilityBlocks.status, 'active'),
      ),
    );
}

/** What a booking shows besides its own columns: names, and an unresolved block if any. */
export async function bookingLabels(
  db: DbOrTx,
  rows: { resourceId: string; businessId: string; personId: string | null; id: string }[],
) {
  const resourceIds = [...new Set(rows.map((r) => r.resourceId))];
  const businessIds = [...new Set(rows.map((r) => r.businessId))];
  const personIds = [...new Set(rows.map((r) => r.personId).filter((x): x is string => !!x))];
  const [res, biz, ppl, blocks] = await Promise.all([
    resourceIds.length
      ? db
          .select({
            id: facilityResources.id,
            code: facilityResources.code,
            name: facilityResources.name,
            kind: facilityResources.kind,
            capacityUnit: facilityResources.capacityUnit,
          })
          .from(facilityResources)
          .where(inArray(facilityResources.id, resourceIds))
      : [],
    businessIds.length
      ? db
          .select({ id: businesses.id, name: businesses.name })
          .from(businesses)
          .where(inArray(businesses.id, businessIds))
      : [],
    personIds.length
      ? db
          .select({ id: people.id, fullName: people.fullName })
          .from(people)
          .where(inArray(people.id, personIds))
      : [],
    unresolvedBlocksOf(
      db,
      rows.map((r) => r.id),
    ),
  ]);
  return {
    resources: new Map(res.map((r) => [r.id, r])),
    businesses: new Map(biz.map((b) => [b.id, b])),
    people: new Map(ppl.map((p) => [p.id, p])),
    blocks: new Map(blocks.map((b) => [b.bookingId, b.block])),
  };
}

export async function insertNotice(
  tx: DbOrTx,
  notice: {
    centreId: string;
    businessId: string;
    bookingId?: string | null;
    blockId?: string | null;
    kind: (typeof NOTICE_KINDS)[number];
    message: { id: string; en: string };
  },
): Promise<void> {
  await tx.insert(facilityNotices).values({
    centreId: notice.centreId,
    businessId: notice.businessId,
    bookingId: notice.bookingId ?? null,
    blockId: notice.blockId ?? null,
    kind: notice.kind,
    messageId: notice.message.id,
    messageEn: notice.message.en,
  });
}

/** The links of a block to the bookings it caught, oldest booking first. */
export async function blockLinks(db: DbOrTx, blockId: string) {
  return db
    .select()
    .from(facilityBlockBookings)
    .innerJoin(facilityBookings, eq(facilityBookings.id, facilityBlockBookings.bookingId))
    .where(eq(facilityBlockBookings.blockId, blockId))
    .orderBy(asc(sql`lower(${facilityBlockBookings.originalPeriod})`));
}

/** A row for the audit trail: the period as its `[start, end)` literal in UTC. */
export function auditRow<T extends { period: Period }>(row: T): Record<string, unknown> {
  return { ...row, period: toPgRange(row.period) };
}
