import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.js';
import { todayInJakarta } from '../../../lib/dates.js';
import { loadCreators, termOf } from '../motifs.repository.js';
import { ipRecords } from '../motifs.tables.js';
import { loadTermParams } from './protection-term.js';

/**
 * Rewrites the stored term of every IP record of a motif. Called in the same transaction as any
 * change that moves a term (the record's dates or holder, the motif's creators), so the list's
 * "expiring within N months" filter never reads a stale date.
 */
export async function refreshStoredTerms(tx: DbOrTx, motifId: string): Promise<void> {
  const records = await tx.select().from(ipRecords).where(eq(ipRecords.motifId, motifId));
  if (records.length === 0) return;
  // One after the other: a transaction's client runs one query at a time.
  const creators = await loadCreators(tx, motifId);
  const params = await loadTermParams(tx, todayInJakarta());
  for (const r of records) {
    const term = termOf(r, creators, params);
    const endsOn = term.state === 'until' ? term.endsOn : null;
    if (r.termState === term.state && r.termEndsOn === endsOn) continue;
    await tx
      .update(ipRecords)
      .set({ termState: term.state, termEndsOn: endsOn })
      .where(eq(ipRecords.id, r.id));
  }
}
