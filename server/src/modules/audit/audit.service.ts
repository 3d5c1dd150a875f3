import type { DbOrTx } from '../../db/client.js';
import type { RequestContext } from '../accounts/actor.js';
import { type AuditChanges, auditLog } from './audit.tables.js';

/** Fields whose values never enter the trail: only the fact that they changed. */
const REDACTED = new Set(['passwordHash', 'tokenHash', 'csrfToken', 'nikHash', 'nikEncrypted']);
const IGNORED = new Set(['updatedAt', 'createdAt']);

export function diffRecords(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): AuditChanges {
  const changes: AuditChanges = {};
  // On an update, compare only the columns both sides carry (a joined label is not a change).
  const keys =
    before && after
      ? Object.keys(after).filter((k) => k in before)
      : [...Object.keys(before ?? {}), ...Object.keys(after ?? {})];
  for (const key of keys) {
    if (IGNORED.has(key)) continue;
    const b = normalise(before?.[key]);
    const a = normalise(after?.[key]);
    if (JSON.stringify(b) === JSON.stringify(a)) continue;
    changes[key] = REDACTED.has(key)
      ? { before: before ? '[disembunyikan]' : null, after: after ? '[disembunyikan]' : null }
      : { before: b, after: a };
  }
  return changes;
}

const normalise = (v: unknown): unknown => (v instanceof Date ? v.toISOString() : (v ?? null));

/**
 * Records one change in the audit trail. Call it with the transaction that makes the change, so
 * the entry and the change commit or roll back together.
 */
export async function recordAudit(
  tx: DbOrTx,
  ctx: Pick<RequestContext, 'actor' | 'requestId'> | null,
  entry: {
    entity: string;
    entityId: string;
    centreId: string | null;
    action: 'create' | 'update' | 'delete';
    before?: Record<string, unknown> | null;
    after?: Record<string, unknown> | null;
  },
): Promise<void> {
  const changes = diffRecords(entry.before ?? null, entry.after ?? null);
  if (entry.action === 'update' && Object.keys(changes).length === 0) return;
  await tx.insert(auditLog).values({
    actorId: ctx?.actor.userId ?? null,
    actorLabel: ctx ? ctx.actor.label : 'sistem',
    centreId: entry.centreId,
    entity: entry.entity,
    entityId: entry.entityId,
    action: entry.action,
    changes,
    requestId: ctx?.requestId ?? null,
  });
}
