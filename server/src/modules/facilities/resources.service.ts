import { and, asc, count, eq, ilike, inArray, ne, or, type SQL, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import { AppError, type FieldError } from '../../lib/app-error.js';
import type { Lang } from '../../lib/lang.js';
import { centreScope, type RequestContext } from '../accounts/actor.js';
import { recordAudit } from '../audit/audit.service.js';
import { inResourceTx } from './facilities.repository.js';
import type { TResource, TResourceRequest, TUpdateResourceRequest } from './facilities.schemas.js';
import {
  ACTIVE_BOOKING_STATUSES,
  facilityBookings,
  facilityResources,
  type OpeningWindow,
} from './facilities.tables.js';
import { centreFor, loadResource, pgCode, type ResourceRow } from './facilities-access.js';
import { describeWindows, openingHoursProblems, toMinutes } from './opening-hours.js';
import { peakUnits } from './period.js';
import { DAY_NAMES, toWibIso } from './wib.js';

/** "Senin–Sabtu 08.00–16.00; Minggu tutup (WIB)". */
export function openingHoursLabel(hours: OpeningWindow[], lang: Lang): string {
  if (!hours.length) return lang === 'id' ? 'tutup' : 'closed';
  const days = [1, 2, 3, 4, 5, 6, 7].map((d) =>
    describeWindows(
      hours.filter((w) => w.day === d),
      lang,
    ),
  );
  const groups: { from: number; to: number; text: string }[] = [];
  days.forEach((text, i) => {
    const last = groups.at(-1);
    if (last && last.text === text && last.to === i - 1) last.to = i;
    else groups.push({ from: i, to: i, text });
  });
  const names = DAY_NAMES[lang];
  return `${groups
    .map((g) => `${names[g.from]}${g.to > g.from ? `–${names[g.to]}` : ''} ${g.text}`)
    .join('; ')} (WIB)`;
}

export function presentResource(r: ResourceRow, lang: Lang): TResource {
  return {
    id: r.id,
    centreId: r.centreId,
    kind: r.kind,
    code: r.code,
    name: r.name,
    category: r.category,
    description: r.description,
    parentSpaceId: r.parentSpaceId,
    capacity: r.capacity,
    capacityUnit: r.capacityUnit,
    openingHours: [...r.openingHours].sort(
      (a, b) => a.day - b.day || toMinutes(a.opens) - toMinutes(b.opens),
    ),
    openingHoursLabel: openingHoursLabel(r.openingHours, lang),
    multiDay: r.multiDay,
    tariffPerHourIdr: r.tariffPerHourIdr === null ? null : Number(r.tariffPerHourIdr),
    tariffPerDayIdr: r.tariffPerDayIdr === null ? null : Number(r.tariffPerDayIdr),
    tariffBasis: r.tariffBasis,
    status: r.status,
    requiresTraining: r.requiresTraining,
    updatedAt: toWibIso(r.updatedAt),
  };
}

/** "Bak Celup" → "bak-celup": one spelling, so a training for the category finds its resources. */
export const normaliseCategory = (c: string | null | undefined): string | null =>
  c
    ? c
        .trim()
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '') || null
    : null;

export function resourceFilters(
  ctx: RequestContext,
  q: { kind?: string; status?: string; q?: string; centreId?: string; category?: string },
): SQL | undefined {
  const scope = centreScope(ctx.actor);
  const term = q.q?.trim();
  return and(
    scope.all
      ? q.centreId
        ? eq(facilityResources.centreId, q.centreId)
        : undefined
      : eq(facilityResources.centreId, scope.centreId),
    q.kind ? eq(facilityResources.kind, q.kind as ResourceRow['kind']) : undefined,
    q.status
      ? eq(facilityResources.status, q.status as ResourceRow['status'])
      : ne(facilityResources.status, 'retired'),
    q.category ? eq(facilityResources.category, normaliseCategory(q.category) ?? '') : undefined,
    term
      ? or(
          ilike(facilityResources.name, `%${escapeLike(term)}%`),
          ilike(facilityResources.code, `%${escapeLike(term)}%`),
          ilike(facilityResources.category, `%${escapeLike(term)}%`),
        )
      : undefined,
  );
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export async function listResources(
  db: Db,
  ctx: RequestContext,
  q: { kind?: string; status?: string; q?: string; centreId?: string },
): Promise<TResource[]> {
  const rows = await db
    .select()
    .from(facilityResources)
    .where(resourceFilters(ctx, q))
    .orderBy(asc(facilityResources.kind), asc(facilityResources.code));
  return rows.map((r) => presentResource(r, ctx.lang));
}

export async function getResource(db: Db, ctx: RequestContext, id: string): Promise<TResource> {
  return presentResource(await loadResource(db, ctx.actor, id), ctx.lang);
}

function assertHours(ctx: RequestContext, hours: OpeningWindow[]): void {
  const problems = openingHoursProblems(hours);
  if (!problems.length) return;
  const text = {
    format: {
      id: 'Jam berformat JJ:MM antara 00:00 dan 24:00, mis. 08:00.',
      en: 'Use HH:MM between 00:00 and 24:00, e.g. 08:00.',
    },
    order: {
      id: 'Jam tutup harus sesudah jam buka.',
      en: 'The closing time must come after the opening time.',
    },
    overlap: {
      id: 'Jam buka ini bertumpuk dengan jam buka lain di hari yang sama.',
      en: 'This window overlaps another window of the same day.',
    },
  };
  const fields: FieldError[] = problems.map((p) => ({
    path: `openingHours.${p.index}.${p.field}`,
    message: text[p.code][ctx.lang],
  }));
  throw new AppError('VALIDATION', {}, 'opening hours', fields);
}

async function assertParent(
  db: DbOrTx,
  centreId: string,
  kind: ResourceRow['kind'],
  parentSpaceId: string | null | undefined,
  selfId?: string,
): Promise<void> {
  if (!parentSpaceId) return;
  if (kind !== 'equipment' || parentSpaceId === selfId) throw new AppError('FACILITY_BAD_PARENT');
  const [parent] = await db
    .select({ kind: facilityResources.kind, centreId: facilityResources.centreId })
    .from(facilityResources)
    .where(eq(facilityResources.id, parentSpaceId));
  if (parent?.kind !== 'space' || parent.centreId !== centreId) throw new AppError('FACILITY_BAD_PARENT');
}

const money = (v: number | null | undefined) => (v === null || v === undefined ? v : String(v));

export async function createResource(
  db: Db,
  ctx: RequestContext,
  input: TResourceRequest,
  centreIdForAdmin?: string,
): Promise<TResource> {
  const centreId = centreFor(ctx.actor, centreIdForAdmin);
  assertHours(ctx, input.openingHours);
  await assertParent(db, centreId, input.kind, input.parentSpaceId);
  try {
    const row = await db.transaction(async (tx) => {
      const [r] = await tx
        .insert(facilityResources)
        .values({
          ...input,
          centreId,
          category: normaliseCategory(input.category),
          description: input.description ?? null,
          parentSpaceId: input.parentSpaceId ?? null,
          tariffPerHourIdr: money(input.tariffPerHourIdr) ?? null,
          tariffPerDayIdr: money(input.tariffPerDayIdr) ?? null,
          tariffBasis: input.tariffBasis ?? null,
        })
        .returning();
      if (!r) throw new Error('resource not written');
      await recordAudit(tx, ctx, {
        entity: 'facility_resource',
        entityId: r.id,
        centreId,
        action: 'create',
        after: r,
      });
      return r;
    });
    return presentResource(row, ctx.lang);
  } catch (err) {
    if (pgCode(err) === '23505') throw new AppError('FACILITY_CODE_TAKEN', { code: input.code });
    throw err;
  }
}

/**
 * Changes a resource under its exclusive lock, so no booking is being written meanwhile. Lowering
 * the capacity below what active bookings already use at once is refused, and so is retiring a
 * resource with bookings still to come. Setting "maintenance" keeps existing bookings (block the
 * period to list and resolve them) but takes no new ones.
 */
export async function updateResource(
  db: Db,
  ctx: RequestContext,
  id: string,
  input: TUpdateResourceRequest,
  now = new Date(),
): Promise<TResource> {
  const before = await loadResource(db, ctx.actor, id);
  if (input.openingHours) assertHours(ctx, input.openingHours);
  const kind = input.kind ?? before.kind;
  const parentSpaceId = input.parentSpaceId === undefined ? before.parentSpaceId : input.parentSpaceId;
  if (input.kind !== undefined || input.parentSpaceId !== undefined)
    await assertParent(db, before.centreId, kind, parentSpaceId, id);
  try {
    const row = await inResourceTx(db, [{ id, exclusive: true }], async (tx, locked) => {
      const current = locked.get(id) ?? before;
      const active = await tx
        .select({ period: facilityBookings.period, units: facilityBookings.units })
        .from(facilityBookings)
        .where(
          and(
            eq(facilityBookings.resourceId, id),
            inArray(facilityBookings.status, [...ACTIVE_BOOKING_STATUSES]),
            sql`upper(${facilityBookings.period}) > ${now.toISOString()}::timestamptz`,
          ),
        );
      if (input.capacity !== undefined && input.capacity < current.capacity && active.length) {
        const span = {
          start: new Date(Math.min(...active.map((a) => a.period.start.getTime()))),
          end: new Date(Math.max(...active.map((a) => a.period.end.getTime()))),
        };
        const used = peakUnits(span, active);
        if (used > input.capacity)
          throw new AppError('FACILITY_CAPACITY_BELOW_USE', {
            resource: current.name,
            capacity: input.capacity,
            used,
            unit: current.capacityUnit,
          });
      }
      if (input.status === 'retired' && current.status !== 'retired' && active.length)
        throw new AppError('FACILITY_RESOURCE_IN_USE', { resource: current.name, count: active.length });
      const { category, tariffPerHourIdr, tariffPerDayIdr, ...rest } = input;
      const [after] = await tx
        .update(facilityResources)
        .set({
          ...rest,
          ...(category !== undefined ? { category: normaliseCategory(category) } : {}),
          ...(tariffPerHourIdr !== undefined ? { tariffPerHourIdr: money(tariffPerHourIdr) } : {}),
          ...(tariffPerDayIdr !== undefined ? { tariffPerDayIdr: money(tariffPerDayIdr) } : {}),
          updatedAt: now,
        })
        .where(eq(facilityResources.id, id))
        .returning();
      if (!after) throw new Error('resource not updated');
      await recordAudit(tx, ctx, {
        entity: 'facility_resource',
        entityId: id,
        centreId: after.centreId,
        action: 'update',
        before: current,
        after,
      });
      return after;
    });
    return presentResource(row, ctx.lang);
  } catch (err) {
    const code = pgCode(err);
    if (code === '23505') throw new AppError('FACILITY_CODE_TAKEN', { code: input.code ?? before.code });
    // The trigger rewrote `exclusive` on the bookings and the exclusion constraint found overlaps
    // (only reachable if the count above missed a past, still-active booking).
    if (code === '23P01')
      throw new AppError('FACILITY_CAPACITY_BELOW_USE', {
        resource: before.name,
        capacity: input.capacity ?? before.capacity,
        used: '>1',
        unit: before.capacityUnit,
      });
    throw err;
  }
}

/** Deletes a resource that was never booked; one with history is retired instead. */
export async function deleteResource(db: Db, ctx: RequestContext, id: string): Promise<void> {
  const before = await loadResource(db, ctx.actor, id);
  await inResourceTx(db, [{ id, exclusive: true }], async (tx) => {
    const [used] = await tx
      .select({ n: count() })
      .from(facilityBookings)
      .where(eq(facilityBookings.resourceId, id));
    if ((used?.n ?? 0) > 0) throw new AppError('FACILITY_RESOURCE_HAS_HISTORY', { resource: before.name });
    await tx.delete(facilityResources).where(eq(facilityResources.id, id));
    await recordAudit(tx, ctx, {
      entity: 'facility_resource',
      entityId: id,
      centreId: before.centreId,
      action: 'delete',
      before,
    });
  });
}
