import { and, count, desc, eq, ilike, or, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { centres } from '../centres/centres.tables.js';
import { type Role, users } from './accounts.tables.js';

export type UserRow = typeof users.$inferSelect;
export type UserWithCentre = UserRow & { centreName: string | null };

const withCentre = { user: users, centreName: centres.name };

export async function findUserById(db: DbOrTx, id: string): Promise<UserWithCentre | undefined> {
  const rows = await db
    .select(withCentre)
    .from(users)
    .leftJoin(centres, eq(centres.id, users.centreId))
    .where(eq(users.id, id));
  return rows[0] && { ...rows[0].user, centreName: rows[0].centreName };
}

export async function findUserByUsername(db: DbOrTx, username: string): Promise<UserRow | undefined> {
  const rows = await db.select().from(users).where(eq(users.username, username.toLowerCase()));
  return rows[0];
}

export async function listUsers(
  db: DbOrTx,
  f: { q?: string; role?: Role; centreId?: string; active?: boolean; page: number; pageSize: number },
): Promise<{ items: UserWithCentre[]; total: number }> {
  const where: SQL[] = [];
  if (f.q) {
    const like = `%${f.q.replace(/[%_\\]/g, '\\$&')}%`;
    const match = or(ilike(users.username, like), ilike(users.fullName, like), ilike(users.email, like));
    if (match) where.push(match);
  }
  if (f.role) where.push(eq(users.role, f.role));
  if (f.centreId) where.push(eq(users.centreId, f.centreId));
  if (f.active !== undefined) where.push(eq(users.active, f.active));
  const cond = where.length ? and(...where) : undefined;
  const [rows, totals] = await Promise.all([
    db
      .select(withCentre)
      .from(users)
      .leftJoin(centres, eq(centres.id, users.centreId))
      .where(cond)
      .orderBy(desc(users.active), users.username)
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize),
    db.select({ n: count() }).from(users).where(cond),
  ]);
  return { items: rows.map((r) => ({ ...r.user, centreName: r.centreName })), total: totals[0]?.n ?? 0 };
}

export async function insertUser(db: DbOrTx, values: typeof users.$inferInsert): Promise<UserRow> {
  const rows = await db
    .insert(users)
    .values({ ...values, username: values.username.toLowerCase() })
    .returning();
  const row = rows[0];
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function updateUser(
  db: DbOrTx,
  id: string,
  values: Partial<typeof users.$inferInsert>,
): Promise<UserRow> {
  const rows = await db
    .update(users)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(users.id, id))
    .returning();
  const row = rows[0];
  if (!row) throw new Error(`user ${id} vanished`);
  return row;
}

/** Login bookkeeping; deliberately outside the audit trail (it is not a change of the record). */
export async function setLoginState(
  db: DbOrTx,
  id: string,
  values: { failedLogins: number; lockedUntil: Date | null; lastLoginAt?: Date },
) {
  await db.update(users).set(values).where(eq(users.id, id));
}
