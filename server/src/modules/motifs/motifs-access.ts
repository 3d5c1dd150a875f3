import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { AppError, notFound } from '../../lib/app-error.js';
import { type Actor, assertCentreAccess, type CentreScope } from '../accounts/actor.js';
import { businessScope } from '../registry/registry-access.js';
import { motifs } from './motifs.tables.js';

export const MOTIF = { id: 'Motif', en: 'Motif' };

/**
 * Which motifs an actor may see: staff every motif of their centre (admin: of every centre); an
 * artisan only the motifs of the businesses linked to their account.
 */
export interface MotifScope {
  centre: CentreScope;
  onlyBusinessIds: string[] | null;
}

export async function motifScope(db: DbOrTx, actor: Actor): Promise<MotifScope> {
  const scope = await businessScope(db, actor);
  return { centre: scope.centre, onlyBusinessIds: scope.onlyIds };
}

export type MotifRow = typeof motifs.$inferSelect;

/** Loads a motif and refuses an actor outside its centre or, for an artisan, outside its business. */
export async function assertMotifAccess(db: DbOrTx, actor: Actor, motifId: string): Promise<MotifRow> {
  const [row] = await db.select().from(motifs).where(eq(motifs.id, motifId));
  if (!row) throw notFound(MOTIF);
  assertCentreAccess(actor, row.centreId);
  if (actor.role === 'artisan') {
    const scope = await motifScope(db, actor);
    if (!row.businessId || !scope.onlyBusinessIds?.includes(row.businessId))
      throw new AppError('MOTIF_NOT_OWN', {}, `artisan ${actor.id} on motif ${motifId}`);
  }
  return row;
}

/** Whether the actor could open this motif (used to decide what a duplicate-file message names). */
export async function canSeeMotif(db: DbOrTx, actor: Actor, motif: MotifRow): Promise<boolean> {
  try {
    assertCentreAccess(actor, motif.centreId);
  } catch {
    return motif.status === 'published';
  }
  if (actor.role !== 'artisan') return true;
  if (motif.status === 'published') return true;
  const scope = await motifScope(db, actor);
  return !!motif.businessId && !!scope.onlyBusinessIds?.includes(motif.businessId);
}
