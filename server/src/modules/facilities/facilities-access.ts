import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { AppError, notFound } from '../../lib/app-error.js';
import { errorMessage } from '../../plugins/error-catalogue.js';
import { type Actor, assertCentreAccess, type RequestContext } from '../accounts/actor.js';
import { businessScope } from '../registry/registry-access.js';
import { facilityBookings, facilityResources } from './facilities.tables.js';
import type { Period } from './period.js';
import { formatWib, parseInstant } from './wib.js';

export const RESOURCE = { id: 'Ruang/alat', en: 'Resource' };
export const BOOKING = { id: 'Pemesanan', en: 'Booking' };
export const BLOCK = { id: 'Penutupan perawatan', en: 'Maintenance closure' };
export const TRAINING = { id: 'Catatan pelatihan', en: 'Training record' };
export const NOTICE = { id: 'Pemberitahuan', en: 'Notice' };

export type ResourceRow = typeof facilityResources.$inferSelect;
export type BookingRow = typeof facilityBookings.$inferSelect;

/** The centre a write goes to: the actor's own, or the one an admin names. */
export function centreFor(actor: Actor, centreIdForAdmin?: string): string {
  const centreId = actor.centreId ?? centreIdForAdmin;
  if (!centreId) throw new AppError('FACILITY_CENTRE_REQUIRED');
  assertCentreAccess(actor, centreId);
  return centreId;
}

/** Loads a resource and refuses an actor of another centre. */
export async function loadResource(db: DbOrTx, actor: Actor, id: string): Promise<ResourceRow> {
  const [row] = await db.select().from(facilityResources).where(eq(facilityResources.id, id));
  if (!row) throw notFound(RESOURCE);
  assertCentreAccess(actor, row.centreId);
  return row;
}

/** Loads a booking; staff see their centre's, an artisan only their own businesses'. */
export async function loadBooking(db: DbOrTx, actor: Actor, id: string): Promise<BookingRow> {
  const [row] = await db.select().from(facilityBookings).where(eq(facilityBookings.id, id));
  if (!row) throw notFound(BOOKING);
  assertCentreAccess(actor, row.centreId);
  await assertOwnBusiness(db, actor, row.businessId);
  return row;
}

/** An artisan may act only for a business linked to their account. Staff pass. */
export async function assertOwnBusiness(db: DbOrTx, actor: Actor, businessId: string): Promise<void> {
  if (actor.role !== 'artisan') return;
  const scope = await businessScope(db, actor);
  if (!scope.onlyIds?.includes(businessId))
    throw new AppError('NOT_OWN_BUSINESS', {}, `artisan ${actor.id} on business ${businessId}`);
}

const FIELD_NAMES = {
  startsAt: { id: 'Waktu mulai', en: 'The start' },
  endsAt: { id: 'Waktu selesai', en: 'The end' },
  from: { id: 'Waktu "dari"', en: 'The "from" time' },
  to: { id: 'Waktu "sampai"', en: 'The "to" time' },
  at: { id: 'Waktu', en: 'The time' },
} as const;
export type TimeField = keyof typeof FIELD_NAMES;

/** Reads one API timestamp, refusing a naive one with an example of the same time in WIB. */
export function instant(ctx: RequestContext, field: TimeField, value: string): Date {
  const r = parseInstant(value);
  if (r.ok) return r.date;
  const code = r.problem === 'invalid' ? 'FACILITY_TIME_INVALID' : 'FACILITY_TIME_NO_OFFSET';
  const params = { field: FIELD_NAMES[field][ctx.lang], value, example: r.example };
  const message = errorMessage(code, ctx.lang, params);
  throw new AppError(code, params, `${field}=${value}`, [{ path: field, message }]);
}

/** A period from two API timestamps: both with a zone, the end after the start. */
export function periodFrom(
  ctx: RequestContext,
  startsAt: string,
  endsAt: string,
  fields: [TimeField, TimeField] = ['startsAt', 'endsAt'],
): Period {
  const start = instant(ctx, fields[0], startsAt);
  const end = instant(ctx, fields[1], endsAt);
  if (end.getTime() === start.getTime())
    throw new AppError('FACILITY_ZERO_LENGTH', { start: `${formatWib(start, ctx.lang)} WIB` });
  if (end < start)
    throw new AppError('FACILITY_END_BEFORE_START', {
      start: `${formatWib(start, ctx.lang)} WIB`,
      end: `${formatWib(end, ctx.lang)} WIB`,
    });
  return { start, end };
}

/** The SQLSTATE of a PostgreSQL error, whether drizzle wrapped it or not. */
export function pgCode(err: unknown): string | undefined {
  const e = err as { code?: unknown; cause?: { code?: unknown } };
  if (typeof e?.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e.code;
  return typeof e?.cause?.code === 'string' ? e.cause.code : undefined;
}
