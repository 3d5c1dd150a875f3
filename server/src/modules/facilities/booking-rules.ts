import { and, eq, or } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { AppError, notFound } from '../../lib/app-error.js';
import { type Actor, canAccessCentre, type RequestContext } from '../accounts/actor.js';
import { businesses, businessPeople, people } from '../registry/registry.tables.js';
import { BUSINESS } from '../registry/registry-access.js';
import { activeBlocksOverlapping, activeBookingsOverlapping } from './facilities.repository.js';
import { facilityTrainings } from './facilities.tables.js';
import { assertOwnBusiness, type ResourceRow } from './facilities-access.js';
import { checkOpeningHours, describeWindows } from './opening-hours.js';
import { type Period, peakUnits } from './period.js';
import { DAY_NAMES, formatWib, formatWibDate, formatWibPeriod, wibParts } from './wib.js';

/** A start a few minutes gone still counts (the time it takes to fill the form on a phone). */
export const PAST_TOLERANCE_MINUTES = 5;
/** How far ahead a booking may be made. */
export const MAX_ADVANCE_DAYS = 365;
/** The longest single booking (a batch of dyeing or pelorodan takes days, not weeks). */
export const MAX_BOOKING_DAYS = 14;
/** Check-in opens this long before the start (setting up wax and canting takes time). */
export const CHECK_IN_EARLY_MINUTES = 60;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Not in the past, not too far ahead, not too long. */
export function assertBookableWindow(ctx: RequestContext, period: Period, now: Date): void {
  if (period.start.getTime() < now.getTime() - PAST_TOLERANCE_MINUTES * 60_000)
    throw new AppError('FACILITY_IN_THE_PAST', { start: formatWib(period.start, ctx.lang) });
  const until = new Date(now.getTime() + MAX_ADVANCE_DAYS * DAY_MS);
  if (period.start > until)
    throw new AppError('FACILITY_TOO_FAR_AHEAD', {
      days: MAX_ADVANCE_DAYS,
      until: formatWibDate(wibParts(until).date, ctx.lang),
    });
  if (period.end.getTime() - period.start.getTime() > MAX_BOOKING_DAYS * DAY_MS)
    throw new AppError('FACILITY_TOO_LONG', { days: MAX_BOOKING_DAYS });
}

/** A retired resource or one under maintenance takes no bookings. */
export function assertResourceBookable(resource: ResourceRow): void {
  if (resource.status === 'retired')
    throw new AppError('FACILITY_RESOURCE_RETIRED', { resource: resource.name });
  if (resource.status === 'maintenance')
    throw new AppError('FACILITY_RESOURCE_MAINTENANCE', { resource: resource.name });
}

export function assertUnitsFit(resource: ResourceRow, units: number): void {
  if (units > resource.capacity)
    throw new AppError('FACILITY_UNITS_ABOVE_CAPACITY', {
      units,
      resource: resource.name,
      capacity: resource.capacity,
      unit: resource.capacityUnit,
    });
}

/** The opening hours (WIB), or why the period misses them. */
export function hoursProblem(
  ctx: RequestContext,
  resource: ResourceRow,
  period: Period,
): {
  code: 'FACILITY_OUTSIDE_HOURS' | 'FACILITY_CLOSED_DAY' | 'FACILITY_NOT_MULTI_DAY';
  params: Record<string, string>;
} | null {
  const v = checkOpeningHours(resource.openingHours, period, resource.multiDay);
  if (v.ok) return null;
  const day = DAY_NAMES[ctx.lang][v.weekday - 1] ?? '';
  if (v.code === 'multi_day_not_allowed')
    return { code: 'FACILITY_NOT_MULTI_DAY', params: { resource: resource.name } };
  if (v.code === 'closed_day')
    return {
      code: 'FACILITY_CLOSED_DAY',
      params: { resource: resource.name, day, date: formatWibDate(v.date, ctx.lang) },
    };
  return {
    code: 'FACILITY_OUTSIDE_HOURS',
    params: {
      resource: resource.name,
      day,
      hours: describeWindows(v.windows, ctx.lang),
      period: formatWibPeriod(period, ctx.lang),
    },
  };
}

export function assertOpeningHours(ctx: RequestContext, resource: ResourceRow, period: Period): void {
  const p = hoursProblem(ctx, resource, period);
  if (p) throw new AppError(p.code, p.params);
}

/** The business that books: the actor may act for it, and it belongs to the resource's centre. */
export async function loadBookingBusiness(db: DbOrTx, actor: Actor, businessId: string, centreId: string) {
  const [b] = await db
    .select({
      id: businesses.id,
      name: businesses.name,
      centreId: businesses.centreId,
      mergedIntoId: businesses.mergedIntoId,
    })
    .from(businesses)
    .where(eq(businesses.id, businessId));
  if (!b || !canAccessCentre(actor, b.centreId)) throw notFound(BUSINESS);
  await assertOwnBusiness(db, actor, b.id);
  if (b.mergedIntoId) throw new AppError('BUSINESS_MERGED');
  if (b.centreId !== centreId) throw new AppError('FACILITY_BUSINESS_OTHER_CENTRE', { business: b.name });
  return b;
}

/** The person who will use the resource: a recorded member of the booking business. */
export async function loadMember(db: DbOrTx, personId: string, business: { id: string; name: string }) {
  const [p] = await db
    .select({ id: people.id, fullName: people.fullName, member: businessPeople.businessId })
    .from(people)
    .leftJoin(
      businessPeople,
      and(eq(businessPeople.personId, people.id), eq(businessPeople.businessId, business.id)),
    )
    .where(eq(people.id, personId));
  if (!p) throw notFound({ id: 'Orang', en: 'Person' });
  if (!p.member)
    throw new AppError('FACILITY_PERSON_NOT_MEMBER', { person: p.fullName, business: business.name });
  return { id: p.id, fullName: p.fullName };
}

/**
 * The training gate. A training counts when it names this resource or its category, started on
 * or before the booking's first WIB day and is valid through its last. A resource that requires
 * training refuses anyone else, saying why; for any resource, a trained person's booking is
 * approved without the manager.
 */
export async function trainingGate(
  db: DbOrTx,
  ctx: RequestContext,
  resource: ResourceRow,
  person: { id: string; fullName: string } | null,
  period: Period,
): Promise<{ trained: boolean }> {
  if (!person) {
    if (resource.requiresTraining)
      throw new AppError('FACILITY_PERSON_REQUIRED', { resource: resource.name });
    return { trained: false };
  }
  const records = await db
    .select()
    .from(facilityTrainings)
    .where(
      and(
        eq(facilityTrainings.personId, person.id),
        or(
          eq(facilityTrainings.resourceId, resource.id),
          resource.category ? eq(facilityTrainings.category, resource.category) : undefined,
        ),
      ),
    );
  const first = wibParts(period.start).date;
  const last = wibParts(new Date(period.end.getTime() - 1)).date;
  if (records.some((r) => r.trainedOn <= first && (r.validUntil === null || r.validUntil >= last)))
    return { trained: true };
  if (!resource.requiresTraining) return { trained: false };
  const latest = [...records].sort((a, b) =>
    (b.validUntil ?? '9999').localeCompare(a.validUntil ?? '9999'),
  )[0];
  if (latest)
    throw new AppError('FACILITY_TRAINING_EXPIRED', {
      person: person.fullName,
      resource: resource.name,
      from: formatWibDate(latest.trainedOn, ctx.lang),
      until: latest.validUntil ? formatWibDate(latest.validUntil, ctx.lang) : '—',
      period: formatWibPeriod(period, ctx.lang),
    });
  throw new AppError('FACILITY_TRAINING_REQUIRED', { person: person.fullName, resource: resource.name });
}

/** No active maintenance block on the resource during the period (checked under its lock). */
export async function assertNotBlocked(
  tx: DbOrTx,
  ctx: RequestContext,
  resource: ResourceRow,
  period: Period,
): Promise<void> {
  const [block] = await activeBlocksOverlapping(tx, [resource.id], period);
  if (block)
    throw new AppError('FACILITY_BLOCKED', {
      resource: resource.name,
      period: formatWibPeriod(block.period, ctx.lang),
      reason: block.reason,
    });
}

/**
 * For a resource with capacity > 1: the units in use at the busiest instant of the period, plus
 * these, stay within capacity. Runs under the resource's FOR UPDATE lock (see inResourceTx).
 * Capacity-1 resources are left to the exclusion constraint.
 */
export async function assertCapacity(
  tx: DbOrTx,
  ctx: RequestContext,
  resource: ResourceRow,
  period: Period,
  units: number,
  excludeId?: string,
): Promise<void> {
  if (resource.capacity === 1) return;
  const used = peakUnits(period, await activeBookingsOverlapping(tx, [resource.id], period, excludeId));
  if (used + units > resource.capacity)
    throw new AppError('FACILITY_CAPACITY_FULL', {
      resource: resource.name,
      capacity: resource.capacity,
      unit: resource.capacityUnit,
      period: formatWibPeriod(period, ctx.lang),
      used,
      remaining: Math.max(0, resource.capacity - used),
    });
}

/** The 409 for an exclusion-constraint violation (23P01): the clashing booking's time in WIB. */
export async function overlapError(
  db: DbOrTx,
  ctx: RequestContext,
  resource: ResourceRow,
  period: Period,
  excludeId?: string,
): Promise<AppError> {
  const [clash] = await activeBookingsOverlapping(db, [resource.id], period, excludeId);
  return new AppError(
    'FACILITY_OVERLAP',
    { resource: resource.name, period: formatWibPeriod(clash?.period ?? period, ctx.lang) },
    `23P01 on ${resource.id}${clash ? ` with ${clash.id}` : ''}`,
  );
}
