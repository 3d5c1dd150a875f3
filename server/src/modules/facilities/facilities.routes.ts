import type { FastifyInstance } from 'fastify';
import { type ModuleDeps, zodApp } from '../../lib/route-types.js';
import { blockRoutes } from './blocks.routes.js';
import { bookingRoutes } from './bookings.routes.js';
import { resourceRoutes } from './resources.routes.js';

/**
 * The centre's rooms and shared equipment: resources, bookings, maintenance, trainings, notices.
 *
 * Decisions, each explained where it lives:
 * - Time: the API takes ISO 8601 instants with an explicit zone ("2025-03-10T08:00+07:00" or
 *   "…Z") and refuses naive ones with an example in WIB (wib.ts); the database keeps `tstzrange`
 *   `[start, end)` in UTC; answers carry WIB (+07:00) times and WIB labels; opening hours are WIB.
 * - No double booking: capacity-1 resources by the exclusion constraint in the database; resources
 *   with capacity by a per-resource row lock around count-then-insert (facilities.repository.ts,
 *   inResourceTx, says why not SERIALIZABLE).
 * - Approval: booked by the manager → approved; by an artisan for a member with a valid training
 *   for the resource or its category → approved; otherwise pending; a resource that requires
 *   training refuses an untrained person (booking-rules.ts, bookings.service.ts).
 * - Maintenance blocks list and notify the bookings they overlap, which stay "being resolved"
 *   until moved or cancelled; nothing new may enter a block (blocks.service.ts).
 */
export async function facilitiesRoutes(base: FastifyInstance, { db }: ModuleDeps) {
  const app = zodApp(base);
  const tags = ['facilities'];
  resourceRoutes(app, db, tags);
  bookingRoutes(app, db, tags);
  blockRoutes(app, db, tags);
}
