import { and, eq, gt, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { apiTokens, loginAttempts, sessions, users } from './accounts.tables.js';

export async function insertSession(
  db: DbOrTx,
  s: {
    idHash: string;
    userId: string;
    csrfToken: string;
    expiresAt: Date;
    ip: string;
    userAgent: string | null;
  },
) {
  await db.insert(sessions).values(s);
}

export async function findSessionWithUser(db: DbOrTx, idHash: string) {
  const rows = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.idHash, idHash))
    .limit(1);
  return rows[0];
}

export async function touchSession(db: DbOrTx, idHash: string, expiresAt: Date) {
  await db.update(sessions).set({ lastSeenAt: new Date(), expiresAt }).where(eq(sessions.idHash, idHash));
}

export async function deleteSession(db: DbOrTx, idHash: string) {
  await db.delete(sessions).where(eq(sessions.idHash, idHash));
}

export async function deleteUserSessions(db: DbOrTx, userId: string, exceptIdHash?: string) {
  await db
    .delete(sessions)
    .where(
      exceptIdHash
        ? and(eq(sessions.userId, userId), sql`${sessions.idHash} <> ${exceptIdHash}`)
        : eq(sessions.userId, userId),
    );
}

export async function deleteExpiredSessions(db: DbOrTx) {
  await db.delete(sessions).where(lt(sessions.expiresAt, new Date()));
}

export async function findTokenByPrefix(db: DbOrTx, prefix: string) {
  const rows = await db.select().from(apiTokens).where(eq(apiTokens.prefix, prefix)).limit(1);
  return rows[0];
}

export async function touchToken(db: DbOrTx, id: string) {
  await db.update(apiTokens).set({ lastUsedAt: new Date() }).where(eq(apiTokens.id, id));
}

export async function insertLoginAttempt(db: DbOrTx, a: { ip: string; username: string; ok: boolean }) {
  await db.insert(loginAttempts).values(a);
}

export async function countFailedAttemptsFromIp(db: DbOrTx, ip: string, since: Date): Promise<number> {
  const rows = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.ip, ip), eq(loginAttempts.ok, false), gt(loginAttempts.at, since)));
  return rows[0]?.n ?? 0;
}
