import { asc } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { AppError } from '../../lib/app-error.js';
import { errorMessage } from '../../plugins/error-catalogue.js';
import type { RequestContext } from '../accounts/actor.js';
import { hoursProblem, PAST_TOLERANCE_MINUTES } from './booking-rules.js';
import { activeBlocksOverlapping, activeBookingsOverlapping } from './facilities.repository.js';
import type { TAvailability, TAvailabilityQuery } from './facilities.schemas.js';
import { facilityResources } from './facilities.tables.js';
import { periodFrom } from './facilities-access.js';
import { peakUnits } from './period.js';
import { presentResource, resourceFilters } from './resources.service.js';
import { formatWib, formatWibPeriod, toWibIso } from './wib.js';

type Unavailable = NonNullable<TAvailability['items'][number]['unavailable']>;

/**
 * "What is free from … to …?" across the centre's resources (not retired), optionally by kind,
 * category or name. Three queries whatever the number of resources: the resources, the active
 * bookings overlapping the window (gist index on resource and period), the active blocks. For a
 * resource with capacity, `remaining` is what is left at the busiest instant of the window.
 * A plain read: it takes no lock, so the answer can be overtaken — booking re-checks everything.
 */
export async function searchAvailability(
  db: Db,
  ctx: RequestContext,
  q: TAvailabilityQuery,
  now = new Date(),
): Promise<TAvailability> {
  const period = periodFrom(ctx, q.from, q.to, ['from', 'to']);
  if (period.end.getTime() <= now.getTime() - PAST_TOLERANCE_MINUTES * 60_000)
    throw new AppError('FACILITY_IN_THE_PAST', { start: formatWib(period.start, ctx.lang) });
  const resources = await db
    .select()
    .from(facilityResources)
    .where(resourceFilters(ctx, { kind: q.kind, category: q.category, q: q.q, centreId: q.centreId }))
    .orderBy(asc(facilityResources.kind), asc(facilityResources.code));
  const ids = resources.map((r) => r.id);
  const [bookings, blocks] = await Promise.all([
    activeBookingsOverlapping(db, ids, period),
    activeBlocksOverlapping(db, ids, period),
  ]);
  const lang = ctx.lang;
  const items = resources.map((r) => {
    const mine = bookings.filter((b) => b.resourceId === r.id);
    const used = peakUnits(period, mine);
    const remaining = Math.max(0, r.capacity - used);
    const why = (code: Unavailable['code'], message: string): Unavailable => ({ code, message });
    let unavailable: Unavailable | null = null;
    const hours = hoursProblem(ctx, r, period);
    const block = blocks.find((b) => b.resourceId === r.id);
    if (r.status === 'maintenance')
      unavailable = why(
        'maintenance',
        errorMessage('FACILITY_RESOURCE_MAINTENANCE', lang, { resource: r.name }),
      );
    else if (hours)
      unavailable = why(
        hours.code === 'FACILITY_NOT_MULTI_DAY' ? 'not_multi_day' : 'closed',
        errorMessage(hours.code, lang, hours.params),
      );
    else if (block)
      unavailable = why(
        'blocked',
        errorMessage('FACILITY_BLOCKED', lang, {
          resource: r.name,
          period: formatWibPeriod(block.period, lang),
          reason: block.reason,
        }),
      );
    else if (remaining < q.units)
      unavailable =
        r.capacity === 1
          ? why(
              'booked',
              errorMessage('FACILITY_OVERLAP', lang, {
                resource: r.name,
                period: formatWibPeriod(mine[0]?.period ?? period, lang),
              }),
            )
          : why(
              'capacity',
              errorMessage('FACILITY_CAPACITY_FULL', lang, {
                resource: r.name,
                capacity: r.capacity,
                unit: r.capacityUnit,
                period: formatWibPeriod(period, lang),
                used,
                remaining,
              }),
            );
    return {
      resource: presentResource(r, lang),
      free: unavailable === null,
      capacity: r.capacity,
      used,
      remaining,
      unavailable,
    };
  });
  return {
    startsAt: toWibIso(period.start),
    endsAt: toWibIso(period.end),
    periodLabel: formatWibPeriod(period, lang),
    items: q.onlyFree
      ? items.filter((i) => i.free)
      : [...items.filter((i) => i.free), ...items.filter((i) => !i.free)],
  };
}
