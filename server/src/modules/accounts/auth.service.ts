import type { Db } from '../../db/client.js';
import { AppError } from '../../lib/app-error.js';
import { randomToken, safeEqual, sha256 } from '../../lib/crypto.js';
import { errorMessage } from '../../plugins/error-catalogue.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Actor, RequestContext } from './actor.js';
import { LOGIN_POLICY } from './login-policy.js';
import { hashPassword, verifyPassword } from './password.js';
import * as sessionsRepo from './sessions.repository.js';
import * as usersRepo from './users.repository.js';

export interface SessionActor extends Actor {
  sessionIdHash: string;
  csrfToken: string;
}

const minutesFrom = (now: Date, min: number) => new Date(now.getTime() + min * 60_000);
const idleExpiry = (now: Date) => minutesFrom(now, LOGIN_POLICY.sessionIdleHours * 60);

export const userActor = (u: usersRepo.UserRow): Actor => ({
  kind: 'user',
  id: u.id,
  userId: u.id,
  label: `${u.fullName} (${u.username})`,
  role: u.role,
  centreId: u.centreId,
});

/**
 * Signs a user in. Wrong passwords count towards a per-account lockout and a per-address limit;
 * an unknown username costs the same time as a wrong password and gets the same message.
 */
export async function login(
  db: Db,
  input: { username: string; password: string; ip: string; userAgent: string | null },
): Promise<{ token: string; csrfToken: string; userId: string }> {
  const now = new Date();
  const username = input.username.trim().toLowerCase();
  const since = minutesFrom(now, -LOGIN_POLICY.ipWindowMinutes);
  if ((await sessionsRepo.countFailedAttemptsFromIp(db, input.ip, since)) >= LOGIN_POLICY.maxFailuresPerIp) {
    throw new AppError('TOO_MANY_ATTEMPTS', { minutes: LOGIN_POLICY.ipWindowMinutes }, `ip ${input.ip}`);
  }
  const user = await usersRepo.findUserByUsername(db, username);
  if (user?.lockedUntil && user.lockedUntil > now) {
    await sessionsRepo.insertLoginAttempt(db, { ip: input.ip, username, ok: false });
    throw new AppError('ACCOUNT_LOCKED', {
      minutes: Math.ceil((user.lockedUntil.getTime() - now.getTime()) / 60_000),
    });
  }
  const ok = await verifyPassword(user?.passwordHash ?? null, input.password);
  await sessionsRepo.insertLoginAttempt(db, { ip: input.ip, username, ok: ok && !!user?.active });
  if (!user || !ok) {
    if (user) {
      const failed = user.failedLogins + 1;
      const locks = failed >= LOGIN_POLICY.maxFailedLogins;
      await usersRepo.setLoginState(db, user.id, {
        failedLogins: locks ? 0 : failed,
        lockedUntil: locks ? minutesFrom(now, LOGIN_POLICY.lockMinutes) : null,
      });
      if (locks) throw new AppError('ACCOUNT_LOCKED', { minutes: LOGIN_POLICY.lockMinutes });
    }
    throw new AppError('INVALID_CREDENTIALS');
  }
  if (!user.active) throw new AppError('ACCOUNT_DISABLED');
  await usersRepo.setLoginState(db, user.id, { failedLogins: 0, lockedUntil: null, lastLoginAt: now });
  const token = randomToken();
  const csrfToken = randomToken();
  await sessionsRepo.insertSession(db, {
    idHash: sha256(token),
    userId: user.id,
    csrfToken,
    expiresAt: idleExpiry(now),
    ip: input.ip,
    userAgent: input.userAgent?.slice(0, 300) ?? null,
  });
  return { token, csrfToken, userId: user.id };
}

/** The session behind a cookie, or why there is none. Extends the idle timeout as it is used. */
export async function resolveSession(db: Db, token: string): Promise<SessionActor | 'expired'> {
  const idHash = sha256(token);
  const found = await sessionsRepo.findSessionWithUser(db, idHash);
  const now = new Date();
  if (!found) return 'expired';
  if (found.session.expiresAt <= now || !found.user.active) {
    await sessionsRepo.deleteSession(db, idHash);
    return 'expired';
  }
  if (now.getTime() - found.session.lastSeenAt.getTime() > LOGIN_POLICY.sessionTouchMinutes * 60_000) {
    await sessionsRepo.touchSession(db, idHash, idleExpiry(now));
  }
  return { ...userActor(found.user), sessionIdHash: idHash, csrfToken: found.session.csrfToken };
}

/** An integration's bearer token `sentra_<prefix>_<secret>`, or null when it is not valid. */
export async function resolveApiToken(db: Db, bearer: string): Promise<Actor | null> {
  const m = /^sentra_([A-Za-z0-9]{8})_([A-Za-z0-9_-]{20,})$/.exec(bearer);
  if (!m?.[1]) return null;
  const row = await sessionsRepo.findTokenByPrefix(db, m[1]);
  const now = new Date();
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= now)) return null;
  if (!safeEqual(row.tokenHash, sha256(bearer))) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000)
    await sessionsRepo.touchToken(db, row.id);
  return {
    kind: 'token',
    id: row.id,
    userId: null,
    label: `token ${row.name} (${row.prefix})`,
    role: row.role,
    centreId: row.centreId,
  };
}

export async function logout(db: Db, sessionIdHash: string) {
  await sessionsRepo.deleteSession(db, sessionIdHash);
}

export async function changePassword(
  db: Db,
  ctx: RequestContext & { sessionIdHash: string },
  input: { currentPassword: string; newPassword: string },
) {
  const userId = ctx.actor.userId;
  if (!userId) throw new AppError('FORBIDDEN', {}, 'token cannot change a password');
  const user = await usersRepo.findUserById(db, userId);
  if (!user) throw new AppError('UNAUTHENTICATED');
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    const message = errorMessage('WRONG_CURRENT_PASSWORD', ctx.lang);
    throw new AppError('WRONG_CURRENT_PASSWORD', {}, undefined, [{ path: 'currentPassword', message }]);
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    const after = await usersRepo.updateUser(tx, userId, { passwordHash, mustChangePassword: false });
    // Other devices signed in with the old password are signed out.
    await sessionsRepo.deleteUserSessions(tx, userId, ctx.sessionIdHash);
    await recordAudit(tx, ctx, {
      entity: 'user',
      entityId: userId,
      centreId: user.centreId,
      action: 'update',
      before: user,
      after,
    });
  });
}

export async function setLanguage(db: Db, ctx: RequestContext, lang: 'id' | 'en') {
  const userId = ctx.actor.userId;
  if (!userId) throw new AppError('FORBIDDEN', {}, 'token has no preferences');
  await db.transaction(async (tx) => {
    const before = await usersRepo.findUserById(tx, userId);
    const after = await usersRepo.updateUser(tx, userId, { lang });
    await recordAudit(tx, ctx, {
      entity: 'user',
      entityId: userId,
      centreId: after.centreId,
      action: 'update',
      before,
      after,
    });
  });
}
