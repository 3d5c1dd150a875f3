import { and, asc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { Db, DbOrTx, Tx } from '../../db/client.js';
import { AppError, notFound } from '../../lib/app-error.js';
import type { Lang } from '../../lib/lang.js';
import type { RequestContext } from '../accounts/actor.js';
import { recordAudit } from '../audit/audit.service.js';
import { people } from '../registry/registry.tables.js';
import { businessScope } from '../registry/registry-access.js';
import {
  assertBookableWindow,
  assertCapacity,
  assertNotBlocked,
  assertOpeningHours,
  assertResourceBookable,
  assertUnitsFit,
  CHECK_IN_EARLY_MINUTES,
  loadBookingBusiness,
  loadMember,
  overlapError,
  trainingGate,
} from './booking-rules.js';
import {
  auditRow,
  bookingLabels,
  inResourceTx,
  insertNotice,
  unresolvedBlocksOf,
} from './facilities.repository.js';
import type {
  TBooking,
  TBookingListQuery,
  TBookingRequest,
  TCheckOutRequest,
  TMoveRequest,
} from './facilities.schemas.js';
import { type BookingStatus, facilityBlockBookings, facilityBookings } from './facilities.tables.js';
import {
  BOOKING,
  type BookingRow,
  instant,
  loadBooking,
  loadResource,
  periodFrom,
  pgCode,
  type ResourceRow,
} from './facilities-access.js';
import { overlaps } from './period.js';
import { formatWib, formatWibPeriod, toWibIso } from './wib.js';

/** A recorded time may run this far ahead of the server clock (phones drift). */
const CLOCK_SKEW_MS = 60_000;

export const STATUS_NAMES: Record<BookingStatus, { id: string; en: string }> = {
  pending: { id: 'menunggu persetujuan', en: 'waiting for approval' },
  approved: { id: 'disetujui', en: 'approved' },
  checked_in: { id: 'sedang dipakai', en: 'checked in' },
  completed: { id: 'selesai', en: 'completed' },
  cancelled: { id: 'dibatalkan', en: 'cancelled' },
  no_show: { id: 'tidak hadir', en: 'no-show' },
  rejected: { id: 'ditolak', en: 'rejected' },
};

const wrongStatus = (ctx: RequestContext, status: BookingStatus) =>
  new AppError('FACILITY_BOOKING_WRONG_STATUS', { status: STATUS_NAMES[status][ctx.lang] });

/** Shapes bookings for the API: names instead of ids, times in WIB, no internal columns. */
export async function presentBookings(db: DbOrTx, lang: Lang, rows: BookingRow[]): Promise<TBooking[]> {
  const labels = await bookingLabels(db, rows);
  return rows.map((b) => {
    const resource = labels.resources.get(b.resourceId);
    const business = labels.businesses.get(b.businessId);
    const person = b.personId ? labels.people.get(b.personId) : undefined;
    const block = labels.blocks.get(b.id);
    return {
      id: b.id,
      centreId: b.centreId,
      resource: resource ?? {
        id: b.resourceId,
        code: '?',
        name: '?',
        kind: 'equipment',
        capacityUnit: 'unit',
      },
      business: business ?? { id: b.businessId, name: '?' },
      person: person ?? null,
      startsAt: toWibIso(b.period.start),
      endsAt: toWibIso(b.period.end),
      periodLabel: formatWibPeriod(b.period, lang),
      units: b.units,
      status: b.status,
      approval: b.approval,
      statusReason: b.statusReason,
      purpose: b.purpose,
      bookedByLabel: b.bookedByLabel,
      decidedByLabel: b.decidedByLabel,
      decidedAt: b.decidedAt ? toWibIso(b.decidedAt) : null,
      checkedInAt: b.checkedInAt ? toWibIso(b.checkedInAt) : null,
      checkedOutAt: b.checkedOutAt ? toWibIso(b.checkedOutAt) : null,
      output:
        b.outputQuantity !== null && b.outputUnit !== null
          ? { quantity: Number(b.outputQuantity), unit: b.outputUnit }
          : null,
      outputNote: b.outputNote,
      affectedBy: block
        ? { blockId: block.id, periodLabel: formatWibPeriod(block.period, lang), reason: block.reason }
        : null,
      createdAt: toWibIso(b.createdAt),
    };
  });
}

async function present(db: DbOrTx, ctx: RequestContext, row: BookingRow): Promise<TBooking> {
  const [b] = await presentBookings(db, ctx.lang, [row]);
  if (!b) throw notFound(BOOKING);
  return b;
}

/**
 * Books a resource for a business. Every rule that needs no lock is checked first (times, status,
 * who, hours, training); the block and the capacity are checked, and the row written, under the
 * resource's lock. On a capacity-1 resource the database's exclusion constraint has the last word.
 *
 * Approval: a booking by the manager (or admin) is approved — they are the approver. An artisan's
 * booking is approved automatically when the person using it holds a valid training record for
 * the resource (or its category); otherwise it waits for the manager (pending). A resource that
 * requires training refuses an untrained person outright.
 */
export async function createBooking(
  db: Db,
  ctx: RequestContext,
  input: TBookingRequest,
  now = new Date(),
): Promise<TBooking> {
  const period = periodFrom(ctx, input.startsAt, input.endsAt);
  assertBookableWindow(ctx, period, now);
  const resource = await loadResource(db, ctx.actor, input.resourceId);
  assertResourceBookable(resource);
  const business = await loadBookingBusiness(db, ctx.actor, input.businessId, resource.centreId);
  const person = input.personId ? await loadMember(db, input.personId, business) : null;
  assertUnitsFit(resource, input.units);
  assertOpeningHours(ctx, resource, period);
  const { trained } = await trainingGate(db, ctx, resource, person, period);
  const staff = ctx.actor.role !== 'artisan';
  try {
    const row = await inResourceTx(db, [{ id: resource.id }], async (tx, locked) => {
      const current = locked.get(resource.id) ?? resource;
      assertResourceBookable(current);
      assertUnitsFit(current, input.units);
      await assertNotBlocked(tx, ctx, current, period);
      await assertCapacity(tx, ctx, current, period, input.units);
      const [b] = await tx
        .insert(facilityBookings)
        .values({
          centreId: resource.centreId,
          resourceId: resource.id,
          businessId: business.id,
          personId: person?.id ?? null,
          period,
          units: input.units,
          status: staff || trained ? 'approved' : 'pending',
          approval: staff ? 'staff' : trained ? 'trained' : null,
          decidedByLabel: staff || trained ? ctx.actor.label : null,
          decidedAt: staff || trained ? now : null,
          purpose: input.purpose ?? null,
          bookedBy: ctx.actor.userId,
          bookedByLabel: ctx.actor.label,
        })
        .returning();
      if (!b) throw new Error('booking not written');
      await recordAudit(tx, ctx, {
        entity: 'facility_booking',
        entityId: b.id,
        centreId: b.centreId,
        action: 'create',
        after: auditRow(b),
      });
      return b;
    });
    return present(db, ctx, row);
  } catch (err) {
    if (pgCode(err) === '23P01') throw await overlapError(db, ctx, resource, period);
    throw err;
  }
}

export async function getBooking(db: Db, ctx: RequestContext, id: string): Promise<TBooking> {
  return present(db, ctx, await loadBooking(db, ctx.actor, id));
}

/** Bookings of the centre (staff) or of the artisan's own businesses, earliest first. */
export async function listBookings(db: Db, ctx: RequestContext, q: TBookingListQuery): Promise<TBooking[]> {
  const scope = await businessScope(db, ctx.actor);
  if (scope.onlyIds && !scope.onlyIds.length) return [];
  const where: (SQL | undefined)[] = [
    scope.centre.all ? undefined : eq(facilityBookings.centreId, scope.centre.centreId),
    scope.onlyIds ? inArray(facilityBookings.businessId, scope.onlyIds) : undefined,
    q.resourceId ? eq(facilityBookings.resourceId, q.resourceId) : undefined,
    q.businessId ? eq(facilityBookings.businessId, q.businessId) : undefined,
    q.status ? eq(facilityBookings.status, q.status) : undefined,
  ];
  if (q.from)
    where.push(
      sql`upper(${facilityBookings.period}) > ${instant(ctx, 'from', q.from).toISOString()}::timestamptz`,
    );
  if (q.to)
    where.push(
      sql`lower(${facilityBookings.period}) < ${instant(ctx, 'to', q.to).toISOString()}::timestamptz`,
    );
  const rows = await db
    .select()
    .from(facilityBookings)
    .where(and(...where))
    .orderBy(asc(sql`lower(${facilityBookings.period})`), asc(facilityBookings.id))
    .limit(q.limit);
  return presentBookings(db, ctx.lang, rows);
}

/**
 * Changes one booking under its resource's lock (so a maintenance block being written at the
 * same moment sees the booking either before or after, never half-way) and with the booking row
 * itself locked (two managers pressing "approve" and "cancel" at once: one of them waits and then
 * sees the new status).
 */
async function changeBooking(
  db: Db,
  ctx: RequestContext,
  id: string,
  allowed: BookingStatus[],
  fn: (tx: Tx, before: BookingRow, resource: ResourceRow) => Promise<BookingRow>,
): Promise<TBooking> {
  const first = await loadBooking(db, ctx.actor, id);
  const row = await inResourceTx(db, [{ id: first.resourceId }], async (tx, locked) => {
    const [before] = await tx
      .select()
      .from(facilityBookings)
      .where(eq(facilityBookings.id, id))
      .for('update');
    if (!before) throw notFound(BOOKING);
    if (!allowed.includes(before.status)) throw wrongStatus(ctx, before.status);
    const resource = locked.get(before.resourceId);
    // Moved to another resource since we looked: the lock we hold is on the wrong one.
    if (!resource) throw wrongStatus(ctx, before.status);
    return fn(tx, before, resource);
  });
  return present(db, ctx, row);
}

async function writeBooking(
  tx: Tx,
  ctx: RequestContext,
  before: BookingRow,
  patch: Partial<typeof facilityBookings.$inferInsert>,
): Promise<BookingRow> {
  const [after] = await tx
    .update(facilityBookings)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(facilityBookings.id, before.id))
    .returning();
  if (!after) throw notFound(BOOKING);
  await recordAudit(tx, ctx, {
    entity: 'facility_booking',
    entityId: before.id,
    centreId: before.centreId,
    action: 'update',
    before: auditRow(before),
    after: auditRow(after),
  });
  return after;
}

/** A booking still caught by an unresolved maintenance block cannot be approved or used. */
async function assertNotAffected(tx: DbOrTx, ctx: RequestContext, booking: BookingRow): Promise<void> {
  const [open] = await unresolvedBlocksOf(tx, [booking.id]);
  if (open)
    throw new AppError('FACILITY_BOOKING_AFFECTED', { period: formatWibPeriod(open.block.period, ctx.lang) });
}

/**
 * Marks the booking's unresolved maintenance links as resolved: when it is cancelled (or
 * rejected), or when a move took it out of the block's time or resource.
 */
async function resolveBlockLinks(
  tx: Tx,
  ctx: RequestContext,
  after: BookingRow,
  resolution: 'moved' | 'cancelled',
): Promise<void> {
  for (const { block } of await unresolvedBlocksOf(tx, [after.id])) {
    if (
      resolution === 'moved' &&
      block.resourceId === after.resourceId &&
      overlaps(block.period, after.period)
    )
      continue;
    await tx
      .update(facilityBlockBookings)
      .set({ resolution, resolvedAt: new Date(), resolvedByLabel: ctx.actor.label })
      .where(
        and(
          eq(facilityBlockBookings.blockId, block.id),
          eq(facilityBlockBookings.bookingId, after.id),
          isNull(facilityBlockBookings.resolution),
        ),
      );
    await recordAudit(tx, ctx, {
      entity: 'facility_block_booking',
      entityId: `${block.id}/${after.id}`,
      centreId: after.centreId,
      action: 'update',
      before: { resolution: null },
      after: { resolution },
    });
  }
}

const both = (f: (lang: Lang) => string) => ({ id: f('id'), en: f('en') });

export async function approveBooking(db: Db, ctx: RequestContext, id: string, now = new Date()) {
  return changeBooking(db, ctx, id, ['pending'], async (tx, before, resource) => {
    await assertNotAffected(tx, ctx, before);
    const after = await writeBooking(tx, ctx, before, {
      status: 'approved',
      approval: 'manager',
      decidedByLabel: ctx.actor.label,
      decidedAt: now,
    });
    await insertNotice(tx, {
      centreId: after.centreId,
      businessId: after.businessId,
      bookingId: after.id,
      kind: 'booking_approved',
      message: both((l) =>
        l === 'id'
          ? `Pemesanan ${resource.name} ${formatWibPeriod(after.period, l)} disetujui pengelola.`
          : `Your booking of ${resource.name} ${formatWibPeriod(after.period, l)} was approved by the manager.`,
      ),
    });
    return after;
  });
}

export async function rejectBooking(
  db: Db,
  ctx: RequestContext,
  id: string,
  reason: string,
  now = new Date(),
) {
  return changeBooking(db, ctx, id, ['pending'], async (tx, before, resource) => {
    const after = await writeBooking(tx, ctx, before, {
      status: 'rejected',
      statusReason: reason,
      decidedByLabel: ctx.actor.label,
      decidedAt: now,
    });
    await resolveBlockLinks(tx, ctx, after, 'cancelled');
    await insertNotice(tx, {
      centreId: after.centreId,
      businessId: after.businessId,
      bookingId: after.id,
      kind: 'booking_rejected',
      message: both((l) =>
        l === 'id'
          ? `Pemesanan ${resource.name} ${formatWibPeriod(after.period, l)} ditolak pengelola: ${reason}`
          : `Your booking of ${resource.name} ${formatWibPeriod(after.period, l)} was rejected by the manager: ${reason}`,
      ),
    });
    return after;
  });
}

/** Cancels with a reason: the artisan their own booking, the manager any; before check-in only. */
export async function cancelBooking(
  db: Db,
  ctx: RequestContext,
  id: string,
  reason: string,
  now = new Date(),
) {
  return changeBooking(db, ctx, id, ['pending', 'approved'], async (tx, before, resource) => {
    const after = await writeBooking(tx, ctx, before, {
      status: 'cancelled',
      statusReason: reason,
      decidedByLabel: ctx.actor.label,
      decidedAt: now,
    });
    await resolveBlockLinks(tx, ctx, after, 'cancelled');
    if (ctx.actor.role !== 'artisan')
      await insertNotice(tx, {
        centreId: after.centreId,
        businessId: after.businessId,
        bookingId: after.id,
        kind: 'booking_cancelled',
        message: both((l) =>
          l === 'id'
            ? `Pemesanan ${resource.name} ${formatWibPeriod(after.period, l)} dibatalkan pengelola: ${reason}`
            : `Your booking of ${resource.name} ${formatWibPeriod(after.period, l)} was cancelled by the manager: ${reason}`,
        ),
      });
    return after;
  });
}

function actualTime(ctx: RequestContext, at: string | undefined, now: Date): Date {
  if (!at) return now;
  const t = instant(ctx, 'at', at);
  if (t.getTime() > now.getTime() + CLOCK_SKEW_MS)
    throw new AppError('FACILITY_TIME_IN_FUTURE', {
      field: ctx.lang === 'id' ? 'Waktu' : 'The time',
      value: formatWib(t, ctx.lang),
    });
  return t;
}

/** The user arrived: from an hour before the start until the end. */
export async function checkIn(
  db: Db,
  ctx: RequestContext,
  id: string,
  at: string | undefined,
  now = new Date(),
) {
  const when = actualTime(ctx, at, now);
  return changeBooking(db, ctx, id, ['approved'], async (tx, before) => {
    await assertNotAffected(tx, ctx, before);
    if (when.getTime() < before.period.start.getTime() - CHECK_IN_EARLY_MINUTES * 60_000)
      throw new AppError('FACILITY_CHECK_IN_TOO_EARLY', {
        minutes: CHECK_IN_EARLY_MINUTES,
        start: formatWib(before.period.start, ctx.lang),
      });
    if (when >= before.period.end)
      throw new AppError('FACILITY_CHECK_IN_AFTER_END', { end: formatWib(before.period.end, ctx.lang) });
    return writeBooking(tx, ctx, before, { status: 'checked_in', checkedInAt: when });
  });
}

/** The user left: the actual end and what was produced (pieces or metres). */
export async function checkOut(
  db: Db,
  ctx: RequestContext,
  id: string,
  input: TCheckOutRequest,
  now = new Date(),
) {
  const when = actualTime(ctx, input.at, now);
  const hasQty = input.outputQuantity !== null && input.outputQuantity !== undefined;
  const hasUnit = input.outputUnit !== null && input.outputUnit !== undefined;
  if (hasQty !== hasUnit)
    throw new AppError('VALIDATION', {}, 'output pair', [
      {
        path: hasQty ? 'outputUnit' : 'outputQuantity',
        message:
          ctx.lang === 'id'
            ? 'Isi jumlah hasil bersama satuannya (lembar atau meter).'
            : 'Give the output together with its unit (lembar or meter).',
      },
    ]);
  return changeBooking(db, ctx, id, ['checked_in'], async (tx, before) => {
    if (!before.checkedInAt || when <= before.checkedInAt)
      throw new AppError('FACILITY_CHECK_OUT_BEFORE_IN', {
        end: formatWib(when, ctx.lang),
        start: before.checkedInAt ? formatWib(before.checkedInAt, ctx.lang) : '—',
      });
    return writeBooking(tx, ctx, before, {
      status: 'completed',
      checkedOutAt: when,
      outputQuantity: hasQty ? String(input.outputQuantity) : null,
      outputUnit: hasUnit ? (input.outputUnit ?? null) : null,
      outputNote: input.outputNote ?? null,
    });
  });
}

/** Nobody came: only once the start has passed. */
export async function markNoShow(
  db: Db,
  ctx: RequestContext,
  id: string,
  note: string | null,
  now = new Date(),
) {
  return changeBooking(db, ctx, id, ['approved'], async (tx, before) => {
    await assertNotAffected(tx, ctx, before);
    if (now < before.period.start)
      throw new AppError('FACILITY_NO_SHOW_TOO_EARLY', { start: formatWib(before.period.start, ctx.lang) });
    return writeBooking(tx, ctx, before, {
      status: 'no_show',
      statusReason: note,
      decidedByLabel: ctx.actor.label,
      decidedAt: now,
    });
  });
}

/**
 * Moves a booking to another period and/or resource (the manager, e.g. out of a maintenance
 * block). The new place passes every rule a new booking passes; the booking keeps its status.
 */
export async function moveBooking(
  db: Db,
  ctx: RequestContext,
  id: string,
  input: TMoveRequest,
  now = new Date(),
) {
  const first = await loadBooking(db, ctx.actor, id);
  const period = periodFrom(ctx, input.startsAt, input.endsAt);
  assertBookableWindow(ctx, period, now);
  const target = await loadResource(db, ctx.actor, input.resourceId ?? first.resourceId);
  if (target.centreId !== first.centreId)
    throw new AppError('OTHER_CENTRE', {}, `move ${id} to resource ${target.id} of another centre`);
  assertResourceBookable(target);
  assertUnitsFit(target, first.units);
  assertOpeningHours(ctx, target, period);
  const [person] = first.personId
    ? await db
        .select({ id: people.id, fullName: people.fullName })
        .from(people)
        .where(eq(people.id, first.personId))
    : [];
  await trainingGate(db, ctx, target, person ?? null, period);
  try {
    const row = await inResourceTx(db, [{ id: first.resourceId }, { id: target.id }], async (tx, locked) => {
      const [before] = await tx
        .select()
        .from(facilityBookings)
        .where(eq(facilityBookings.id, id))
        .for('update');
      if (!before) throw notFound(BOOKING);
      if (before.status !== 'pending' && before.status !== 'approved') throw wrongStatus(ctx, before.status);
      if (before.resourceId !== first.resourceId) throw wrongStatus(ctx, before.status);
      const current = locked.get(target.id) ?? target;
      assertResourceBookable(current);
      assertUnitsFit(current, before.units);
      await assertNotBlocked(tx, ctx, current, period);
      await assertCapacity(tx, ctx, current, period, before.units, before.id);
      const after = await writeBooking(tx, ctx, before, { resourceId: current.id, period });
      await resolveBlockLinks(tx, ctx, after, 'moved');
      const from = locked.get(before.resourceId)?.name ?? current.name;
      await insertNotice(tx, {
        centreId: after.centreId,
        businessId: after.businessId,
        bookingId: after.id,
        kind: 'booking_moved',
        message: both((l) =>
          l === 'id'
            ? `Pemesanan ${from} ${formatWibPeriod(before.period, l)} dipindah pengelola ke ${current.name} ${formatWibPeriod(after.period, l)}.`
            : `The manager moved your booking of ${from} ${formatWibPeriod(before.period, l)} to ${current.name} ${formatWibPeriod(after.period, l)}.`,
        ),
      });
      return after;
    });
    return present(db, ctx, row);
  } catch (err) {
    if (pgCode(err) === '23P01') throw await overlapError(db, ctx, target, period, id);
    throw err;
  }
}
