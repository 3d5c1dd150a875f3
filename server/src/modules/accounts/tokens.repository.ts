import { desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { centres } from '../centres/centres.tables.js';
import { apiTokens } from './accounts.tables.js';

export type ApiTokenRow = typeof apiTokens.$inferSelect;

export async function listTokens(db: DbOrTx) {
  const rows = await db
    .select({ token: apiTokens, centreName: centres.name })
    .from(apiTokens)
    .leftJoin(centres, eq(centres.id, apiTokens.centreId))
    .orderBy(desc(apiTokens.createdAt));
  return rows.map((r) => ({ ...r.token, centreName: r.centreName }));
}

export async function findToken(db: DbOrTx, id: string) {
  const rows = await db.select().from(apiTokens).where(eq(apiTokens.id, id));
  return rows[0];
}

export async function insertToken(db: DbOrTx, values: typeof apiTokens.$inferInsert): Promise<ApiTokenRow> {
  const rows = await db.insert(apiTokens).values(values).returning();
  if (!rows[0]) throw new Error('insert returned no row');
  return rows[0];
}

export async function revokeToken(db: DbOrTx, id: string): Promise<ApiTokenRow | undefined> {
  const rows = await db
    .update(apiTokens)
    .set({ revokedAt: new Date() })
    .where(eq(apiTokens.id, id))
    .returning();
  return rows[0];
}
