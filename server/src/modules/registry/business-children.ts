import type { Db } from '../../db/client.js';
import { AppError, notFound } from '../../lib/app-error.js';
import type { RequestContext } from '../accounts/actor.js';
import { recordAudit } from '../audit/audit.service.js';
import { findBusiness } from './registry.repository.js';
import { assertBusinessAccess, BUSINESS } from './registry-access.js';

/**
 * Common steps of every change to a business's people, products, certifications, reports and
 * consents: the actor may touch the business, the record is not merged away, and the change and
 * its audit entry commit together.
 */
export async function changeBusinessChild<T>(
  db: Db,
  ctx: RequestContext,
  businessId: string,
  change: (
    tx: Parameters<Parameters<Db['transaction']>[0]>[0],
    audit: AuditFn,
    centreId: string,
  ) => Promise<T>,
): Promise<T> {
  const { centreId } = await assertBusinessAccess(db, ctx.actor, businessId);
  const business = await findBusiness(db, businessId);
  if (!business) throw notFound(BUSINESS);
  if (business.mergedIntoId) throw new AppError('BUSINESS_MERGED');
  return db.transaction(async (tx) =>
    change(tx, (entry) => recordAudit(tx, ctx, { ...entry, centreId }), centreId),
  );
}

export type AuditFn = (entry: {
  entity: string;
  entityId: string;
  action: 'create' | 'update' | 'delete';
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}) => Promise<void>;
