import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { AppError, notFound } from '../../lib/app-error.js';
import { type Actor, assertCentreAccess, type CentreScope, centreScope } from '../accounts/actor.js';
import { businessAccounts, businesses } from './registry.tables.js';

export const BUSINESS = { id: 'Usaha IKM', en: 'IKM business' };

/**
 * Which businesses an actor may see. Staff see every business of their centre (admin: of every
 * centre); an artisan sees only the businesses linked to their account. Server-derived, never
 * client-controlled.
 */
export interface BusinessScope {
  centre: CentreScope;
  /** Set for artisans: the only business ids they may see. */
  onlyIds: string[] | null;
}

export async function businessScope(db: DbOrTx, actor: Actor): Promise<BusinessScope> {
  const centre = centreScope(actor);
  if (actor.role !== 'artisan') return { centre, onlyIds: null };
  if (!actor.userId) return { centre, onlyIds: [] };
  const rows = await db
    .select({ id: businessAccounts.businessId })
    .from(businessAccounts)
    .where(eq(businessAccounts.userId, actor.userId));
  return { centre, onlyIds: rows.map((r) => r.id) };
}

/** Loads the business's centre and refuses an actor who may not touch it. */
export async function assertBusinessAccess(
  db: DbOrTx,
  actor: Actor,
  businessId: string,
): Promise<{ centreId: string }> {
  const rows = await db
    .select({ centreId: businesses.centreId })
    .from(businesses)
    .where(eq(businesses.id, businessId));
  const row = rows[0];
  if (!row) throw notFound(BUSINESS);
  assertCentreAccess(actor, row.centreId);
  if (actor.role === 'artisan') {
    const scope = await businessScope(db, actor);
    if (!scope.onlyIds?.includes(businessId))
      throw new AppError('NOT_OWN_BUSINESS', {}, `artisan ${actor.id} on ${businessId}`);
  }
  return row;
}
