import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { notFound } from '../../lib/app-error.js';
import { type Actor, assertCentreAccess } from '../accounts/actor.js';
import { contracts } from './projects.tables.js';

export const CONTRACT = { id: 'Kontrak', en: 'Contract' };
export type ContractRow = typeof contracts.$inferSelect;

/** Loads a contract and refuses an actor of another centre. */
export async function loadContract(db: DbOrTx, actor: Actor, id: string): Promise<ContractRow> {
  const [row] = await db.select().from(contracts).where(eq(contracts.id, id));
  if (!row) throw notFound(CONTRACT);
  assertCentreAccess(actor, row.centreId);
  return row;
}
