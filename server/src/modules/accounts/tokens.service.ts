import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import type { Db } from '../../db/client.js';
import { AppError, notFound } from '../../lib/app-error.js';
import { randomToken, sha256 } from '../../lib/crypto.js';
import { recordAudit } from '../audit/audit.service.js';
import { findCentreForUser } from '../centres/centres.service.js';
import type { TApiToken, ZCreateApiTokenRequestSchema } from './accounts.schemas.js';
import type { RequestContext } from './actor.js';
import * as repo from './tokens.repository.js';

const TOKEN = { id: 'Token API', en: 'API token' };
const iso = (d: Date | null) => d?.toISOString() ?? null;

function mapToken(t: repo.ApiTokenRow & { centreName: string | null }): TApiToken {
  return {
    id: t.id,
    name: t.name,
    prefix: t.prefix,
    role: t.role,
    centreId: t.centreId,
    centreName: t.centreName,
    createdAt: t.createdAt.toISOString(),
    expiresAt: iso(t.expiresAt),
    lastUsedAt: iso(t.lastUsedAt),
    revokedAt: iso(t.revokedAt),
  };
}

export async function listTokens(db: Db): Promise<TApiToken[]> {
  return (await repo.listTokens(db)).map(mapToken);
}

/** Creates a token and returns it once; only its SHA-256 is kept. */
export async function createToken(
  db: Db,
  ctx: RequestContext,
  input: z.infer<typeof ZCreateApiTokenRequestSchema>,
) {
  const centre = await findCentreForUser(db, input.centreId);
  if (!centre) throw new AppError('UNKNOWN_CENTRE');
  // The prefix identifies the row without revealing the secret (alphanumeric, 8 characters).
  const prefix = randomBytes(16).toString('hex').slice(0, 8);
  const token = `sentra_${prefix}_${randomToken(24)}`;
  const row = await db.transaction(async (tx) => {
    const row = await repo.insertToken(tx, {
      name: input.name,
      prefix,
      tokenHash: sha256(token),
      role: input.role,
      centreId: input.centreId,
      createdBy: ctx.actor.userId,
      expiresAt: input.expiresAt ? new Date(`${input.expiresAt}T23:59:59+07:00`) : null,
    });
    await recordAudit(tx, ctx, {
      entity: 'api_token',
      entityId: row.id,
      centreId: row.centreId,
      action: 'create',
      after: row,
    });
    return row;
  });
  return { token, item: mapToken({ ...row, centreName: centre.name }) };
}

export async function revokeToken(db: Db, ctx: RequestContext, id: string): Promise<void> {
  const before = await repo.findToken(db, id);
  if (!before) throw notFound(TOKEN);
  if (before.revokedAt) return;
  await db.transaction(async (tx) => {
    const after = await repo.revokeToken(tx, id);
    await recordAudit(tx, ctx, {
      entity: 'api_token',
      entityId: id,
      centreId: before.centreId,
      action: 'update',
      before,
      after,
    });
  });
}
