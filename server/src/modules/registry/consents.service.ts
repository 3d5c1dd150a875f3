import type { Db } from '../../db/client.js';
import type { RequestContext } from '../accounts/actor.js';
import { changeBusinessChild } from './business-children.js';
import { currentConsents } from './registry.repository.js';
import { CONSENT_GROUPS, consents } from './registry.tables.js';

/** Records a consent decision (a new row: the history stays) and returns the four in force. */
export async function recordConsent(
  db: Db,
  ctx: RequestContext,
  businessId: string,
  input: { fieldGroup: (typeof CONSENT_GROUPS)[number]; granted: boolean; givenBy: string },
) {
  return changeBusinessChild(db, ctx, businessId, async (tx, audit) => {
    const before = (await currentConsents(tx, businessId)).find((c) => c.fieldGroup === input.fieldGroup);
    const [row] = await tx
      .insert(consents)
      .values({ ...input, businessId, recordedBy: ctx.actor.userId })
      .returning();
    if (!row) throw new Error('consent not written');
    await audit({
      entity: 'business_consent',
      entityId: `${businessId}:${input.fieldGroup}`,
      action: before ? 'update' : 'create',
      before: before ? { granted: before.granted, givenBy: before.givenBy } : null,
      after: { granted: row.granted, givenBy: row.givenBy },
    });
    const all = await currentConsents(tx, businessId);
    return CONSENT_GROUPS.map((group) => {
      const c = all.find((x) => x.fieldGroup === group);
      return {
        fieldGroup: group,
        granted: c?.granted ?? false,
        givenBy: c?.givenBy ?? null,
        recordedAt: c?.recordedAt.toISOString() ?? null,
      };
    });
  });
}
