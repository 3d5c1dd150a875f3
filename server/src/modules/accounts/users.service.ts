import { randomInt } from 'node:crypto';
import type { Db } from '../../db/client.js';
import { AppError, notFound } from '../../lib/app-error.js';
import { FIELD_MESSAGES } from '../../plugins/validation-messages.js';
import { recordAudit } from '../audit/audit.service.js';
import { findCentreForUser } from '../centres/centres.service.js';
import type { TCreateUserRequest, TUpdateUserRequest, TUser } from './accounts.schemas.js';
import type { Role } from './accounts.tables.js';
import type { RequestContext } from './actor.js';
import { hashPassword } from './password.js';
import { deleteUserSessions } from './sessions.repository.js';
import * as repo from './users.repository.js';

const USER = { id: 'Pengguna', en: 'User' };

export function mapUser(u: repo.UserWithCentre): TUser {
  return {
    id: u.id,
    username: u.username,
    fullName: u.fullName,
    email: u.email,
    role: u.role,
    centreId: u.centreId,
    centreName: u.centreName,
    active: u.active,
    lang: u.lang,
    mustChangePassword: u.mustChangePassword,
    lockedUntil: u.lockedUntil && u.lockedUntil > new Date() ? u.lockedUntil.toISOString() : null,
    lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
    createdAt: u.createdAt.toISOString(),
  };
}

export async function listUsers(db: Db, query: Parameters<typeof repo.listUsers>[1]) {
  const { items, total } = await repo.listUsers(db, query);
  return { items: items.map(mapUser), total, page: query.page, pageSize: query.pageSize };
}

export async function getUser(db: Db, id: string): Promise<TUser> {
  const u = await repo.findUserById(db, id);
  if (!u) throw notFound(USER);
  return mapUser(u);
}

/** Every non-admin works for exactly one centre, and it must exist. */
async function assertCentreForRole(
  db: Db,
  ctx: RequestContext,
  role: Role,
  centreId: string | null | undefined,
) {
  if (role !== 'admin' && !centreId) {
    throw new AppError('VALIDATION', {}, 'centre required', [
      { path: 'centreId', message: FIELD_MESSAGES.centre_required?.[ctx.lang] ?? '' },
    ]);
  }
  if (centreId && !(await findCentreForUser(db, centreId))) throw new AppError('UNKNOWN_CENTRE');
}

export async function createUser(db: Db, ctx: RequestContext, input: TCreateUserRequest): Promise<TUser> {
  await assertCentreForRole(db, ctx, input.role, input.centreId);
  if (await repo.findUserByUsername(db, input.username))
    throw new AppError('USERNAME_TAKEN', { username: input.username });
  const passwordHash = await hashPassword(input.password);
  const id = await db.transaction(async (tx) => {
    const row = await repo.insertUser(tx, {
      username: input.username,
      fullName: input.fullName,
      email: input.email ?? null,
      role: input.role,
      centreId: input.centreId ?? null,
      passwordHash,
    });
    await recordAudit(tx, ctx, {
      entity: 'user',
      entityId: row.id,
      centreId: row.centreId,
      action: 'create',
      after: row,
    });
    return row.id;
  });
  return getUser(db, id);
}

export async function updateUser(
  db: Db,
  ctx: RequestContext,
  id: string,
  input: TUpdateUserRequest,
): Promise<TUser> {
  const before = await repo.findUserById(db, id);
  if (!before) throw notFound(USER);
  const role = input.role ?? before.role;
  const centreId = input.centreId === undefined ? before.centreId : input.centreId;
  if (id === ctx.actor.userId && (input.active === false || role !== before.role))
    throw new AppError('CANNOT_DISABLE_SELF');
  await assertCentreForRole(db, ctx, role, centreId);
  await db.transaction(async (tx) => {
    const after = await repo.updateUser(tx, id, { ...input, centreId });
    // A disabled account, or one whose role or centre changed, signs in afresh.
    if (!after.active || after.role !== before.role || after.centreId !== before.centreId)
      await deleteUserSessions(tx, id);
    await recordAudit(tx, ctx, {
      entity: 'user',
      entityId: id,
      centreId: after.centreId,
      action: 'update',
      before,
      after,
    });
  });
  return getUser(db, id);
}

// No look-alike characters (0/O, 1/l/I), so the password can be read out over the phone.
const READABLE = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export async function resetPassword(
  db: Db,
  ctx: RequestContext,
  id: string,
): Promise<{ temporaryPassword: string }> {
  const before = await repo.findUserById(db, id);
  if (!before) throw notFound(USER);
  const temporaryPassword = Array.from({ length: 12 }, () => READABLE[randomInt(READABLE.length)]).join('');
  const passwordHash = await hashPassword(temporaryPassword);
  await db.transaction(async (tx) => {
    const after = await repo.updateUser(tx, id, {
      passwordHash,
      mustChangePassword: true,
      failedLogins: 0,
      lockedUntil: null,
    });
    await deleteUserSessions(tx, id);
    await recordAudit(tx, ctx, {
      entity: 'user',
      entityId: id,
      centreId: after.centreId,
      action: 'update',
      before,
      after,
    });
  });
  return { temporaryPassword };
}
