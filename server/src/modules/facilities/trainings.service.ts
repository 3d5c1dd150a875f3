import { and, desc, eq, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { AppError, type FieldError, notFound } from '../../lib/app-error.js';
import { assertCentreAccess, centreScope, type RequestContext } from '../accounts/actor.js';
import { recordAudit } from '../audit/audit.service.js';
import { people } from '../registry/registry.tables.js';
import type { TTraining, TTrainingRequest } from './facilities.schemas.js';
import { facilityResources, facilityTrainings } from './facilities.tables.js';
import { loadResource, TRAINING } from './facilities-access.js';
import { normaliseCategory } from './resources.service.js';
import { toWibIso } from './wib.js';

const columns = {
  training: facilityTrainings,
  personName: people.fullName,
  resourceCode: facilityResources.code,
  resourceName: facilityResources.name,
};
type Joined = {
  training: typeof facilityTrainings.$inferSelect;
  personName: string;
  resourceCode: string | null;
  resourceName: string | null;
};

function present(r: Joined): TTraining {
  const t = r.training;
  return {
    id: t.id,
    person: { id: t.personId, fullName: r.personName },
    resource:
      t.resourceId && r.resourceCode && r.resourceName
        ? { id: t.resourceId, code: r.resourceCode, name: r.resourceName }
        : null,
    category: t.category,
    trainedOn: t.trainedOn,
    validUntil: t.validUntil,
    source: t.source,
    sourceRef: t.sourceRef,
    notes: t.notes,
    recordedByLabel: t.recordedByLabel,
    createdAt: toWibIso(t.createdAt),
  };
}

const joined = (db: Db) =>
  db
    .select(columns)
    .from(facilityTrainings)
    .innerJoin(people, eq(people.id, facilityTrainings.personId))
    .leftJoin(facilityResources, eq(facilityResources.id, facilityTrainings.resourceId));

export async function listTrainings(
  db: Db,
  ctx: RequestContext,
  q: { personId?: string; resourceId?: string },
): Promise<TTraining[]> {
  const scope = centreScope(ctx.actor);
  const where: (SQL | undefined)[] = [
    scope.all ? undefined : eq(facilityTrainings.centreId, scope.centreId),
    q.personId ? eq(facilityTrainings.personId, q.personId) : undefined,
    q.resourceId ? eq(facilityTrainings.resourceId, q.resourceId) : undefined,
  ];
  const rows = await joined(db)
    .where(and(...where))
    .orderBy(desc(facilityTrainings.trainedOn))
    .limit(1000);
  return rows.map(present);
}

/**
 * Records that a person was trained on one resource or on a category of resources. Entered by
 * the manager for now (source "manual"); the services issue will write them from trainings held.
 */
export async function createTraining(
  db: Db,
  ctx: RequestContext,
  input: TTrainingRequest,
): Promise<TTraining> {
  const category = normaliseCategory(input.category);
  const fields: FieldError[] = [];
  const id = ctx.lang === 'id';
  if (!input.resourceId === !category)
    fields.push({
      path: 'resourceId',
      message: id
        ? 'Isi salah satu: ruang/alat tertentu (resourceId) atau jenisnya (category).'
        : 'Give exactly one: a resource (resourceId) or its category.',
    });
  if (input.validUntil && input.validUntil < input.trainedOn)
    fields.push({
      path: 'validUntil',
      message: id
        ? 'Tanggal berlaku sampai tidak boleh sebelum tanggal pelatihan.'
        : 'The valid-until date cannot be before the training date.',
    });
  if (fields.length) throw new AppError('VALIDATION', {}, 'training', fields);
  const [person] = await db
    .select({ id: people.id, centreId: people.centreId })
    .from(people)
    .where(eq(people.id, input.personId));
  if (!person) throw notFound({ id: 'Orang', en: 'Person' });
  assertCentreAccess(ctx.actor, person.centreId);
  if (input.resourceId) {
    const resource = await loadResource(db, ctx.actor, input.resourceId);
    if (resource.centreId !== person.centreId)
      throw new AppError('OTHER_CENTRE', {}, 'training across centres');
  }
  const row = await db.transaction(async (tx) => {
    const [t] = await tx
      .insert(facilityTrainings)
      .values({
        centreId: person.centreId,
        personId: person.id,
        resourceId: input.resourceId ?? null,
        category: input.resourceId ? null : category,
        trainedOn: input.trainedOn,
        validUntil: input.validUntil ?? null,
        source: 'manual',
        notes: input.notes ?? null,
        recordedByLabel: ctx.actor.label,
      })
      .returning();
    if (!t) throw new Error('training not written');
    await recordAudit(tx, ctx, {
      entity: 'facility_training',
      entityId: t.id,
      centreId: t.centreId,
      action: 'create',
      after: t,
    });
    return t;
  });
  const [out] = await joined(db).where(eq(facilityTrainings.id, row.id));
  if (!out) throw notFound(TRAINING);
  return present(out);
}

export async function deleteTraining(db: Db, ctx: RequestContext, trainingId: string): Promise<void> {
  const [before] = await db.select().from(facilityTrainings).where(eq(facilityTrainings.id, trainingId));
  if (!before) throw notFound(TRAINING);
  assertCentreAccess(ctx.actor, before.centreId);
  await db.transaction(async (tx) => {
    await tx.delete(facilityTrainings).where(eq(facilityTrainings.id, trainingId));
    await recordAudit(tx, ctx, {
      entity: 'facility_training',
      entityId: trainingId,
      centreId: before.centreId,
      action: 'delete',
      before,
    });
  });
}
