import { and, count, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import type { CentreScope } from '../accounts/actor.js';
import type { TAuditQuery } from './audit.schemas.js';
import { auditLog } from './audit.tables.js';

// Dates in the filter are calendar days in Jakarta (WIB, UTC+7).
const startOfDayWib = (d: string) => new Date(`${d}T00:00:00+07:00`);
const nextDayWib = (d: string) => new Date(startOfDayWib(d).getTime() + 86_400_000);

export async function listAudit(db: DbOrTx, scope: CentreScope, q: TAuditQuery) {
  const where: SQL[] = [];
  if (!scope.all) where.push(eq(auditLog.centreId, scope.centreId));
  if (q.entity) where.push(eq(auditLog.entity, q.entity));
  if (q.entityId) where.push(eq(auditLog.entityId, q.entityId));
  if (q.actorId) where.push(eq(auditLog.actorId, q.actorId));
  if (q.centreId) where.push(eq(auditLog.centreId, q.centreId));
  if (q.action) where.push(eq(auditLog.action, q.action));
  if (q.from) where.push(gte(auditLog.at, startOfDayWib(q.from)));
  if (q.to) where.push(lt(auditLog.at, nextDayWib(q.to)));
  const cond = where.length ? and(...where) : undefined;
  const [items, totals] = await Promise.all([
    db
      .select()
      .from(auditLog)
      .where(cond)
      .orderBy(desc(auditLog.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db.select({ n: count() }).from(auditLog).where(cond),
  ]);
  return { items, total: totals[0]?.n ?? 0 };
}
