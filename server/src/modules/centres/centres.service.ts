import type { Db } from '../../db/client.js';
import { AppError, notFound } from '../../lib/app-error.js';
import { errorMessage } from '../../plugins/error-catalogue.js';
import { assertCentreAccess, centreScope, type RequestContext } from '../accounts/actor.js';
import { recordAudit } from '../audit/audit.service.js';
import * as repo from './centres.repository.js';
import type { TCentre, TCreateCentreRequest, TUpdateCentreRequest } from './centres.schemas.js';

const CENTRE = { id: 'Sentra', en: 'Centre' };

export function mapCentre(c: repo.CentreRow & { wilayahName: string | null }): TCentre {
  return {
    id: c.id,
    slug: c.slug,
    name: c.name,
    industry: c.industry,
    address: c.address,
    wilayahCode: c.wilayahCode,
    wilayahName: c.wilayahName,
    openedOn: c.openedOn,
    phone: c.phone,
    email: c.email,
    website: c.website,
    description: c.description,
    photoUrl: c.photoUrl,
  };
}

export async function listCentres(db: Db, ctx: RequestContext): Promise<TCentre[]> {
  return (await repo.listCentres(db, centreScope(ctx.actor))).map(mapCentre);
}

export async function getCentre(db: Db, ctx: RequestContext, id: string): Promise<TCentre> {
  const found = await repo.findCentre(db, id);
  if (!found) throw notFound(CENTRE);
  assertCentreAccess(ctx.actor, id);
  return mapCentre(found);
}

/** The centre of a signed-in user, for the session; null for an admin spanning all centres. */
export async function findCentreForUser(db: Db, centreId: string | null): Promise<TCentre | null> {
  if (!centreId) return null;
  const found = await repo.findCentre(db, centreId);
  return found ? mapCentre(found) : null;
}

async function assertWilayah(db: Db, ctx: RequestContext, code: string | undefined) {
  if (code && !(await repo.wilayahExists(db, code))) {
    const message = errorMessage('UNKNOWN_WILAYAH', ctx.lang, { code });
    throw new AppError('UNKNOWN_WILAYAH', { code }, undefined, [{ path: 'wilayahCode', message }]);
  }
}

export async function createCentre(
  db: Db,
  ctx: RequestContext,
  input: TCreateCentreRequest,
): Promise<TCentre> {
  await assertWilayah(db, ctx, input.wilayahCode);
  if (await repo.findCentreBySlug(db, input.slug)) throw new AppError('SLUG_TAKEN', { slug: input.slug });
  const id = await db.transaction(async (tx) => {
    const row = await repo.insertCentre(tx, input);
    await recordAudit(tx, ctx, {
      entity: 'centre',
      entityId: row.id,
      centreId: row.id,
      action: 'create',
      after: row,
    });
    return row.id;
  });
  return getCentre(db, ctx, id);
}

export async function updateCentre(db: Db, ctx: RequestContext, id: string, input: TUpdateCentreRequest) {
  const before = await repo.findCentre(db, id);
  if (!before) throw notFound(CENTRE);
  assertCentreAccess(ctx.actor, id);
  await assertWilayah(db, ctx, input.wilayahCode);
  await db.transaction(async (tx) => {
    const after = await repo.updateCentre(tx, id, input);
    await recordAudit(tx, ctx, {
      entity: 'centre',
      entityId: id,
      centreId: id,
      action: 'update',
      before,
      after,
    });
  });
  return getCentre(db, ctx, id);
}
