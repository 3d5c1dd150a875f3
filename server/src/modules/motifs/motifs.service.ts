import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import { AppError, notFound } from '../../lib/app-error.js';
import { todayInJakarta } from '../../lib/dates.js';
import { type Actor, assertCentreAccess, type RequestContext } from '../accounts/actor.js';
import { recordAudit } from '../audit/audit.service.js';
import { businesses, people } from '../registry/registry.tables.js';
import { loadTermParams } from './ip/protection-term.js';
import { refreshStoredTerms } from './ip/term-store.js';
import { imageUrl, loadMotifDetail, motifListWhere } from './motifs.repository.js';
import type { TMotif, TMotifListQuery, TMotifRequest, TUpdateMotifRequest } from './motifs.schemas.js';
import { ipRecords, motifCreators, motifImages, motifs } from './motifs.tables.js';
import { assertMotifAccess, MOTIF, motifScope } from './motifs-access.js';

const today = () => todayInJakarta();

export async function getMotif(db: Db, ctx: RequestContext, id: string): Promise<TMotif> {
  const row = await assertMotifAccess(db, ctx.actor, id);
  return loadMotifDetail(db, row, await loadTermParams(db, today()));
}

export async function listMotifs(db: Db, ctx: RequestContext, query: TMotifListQuery) {
  const scope = await motifScope(db, ctx.actor);
  const where = motifListWhere(scope, query);
  const [totalRow] = await db.select({ n: count() }).from(motifs).where(where);
  const page = await db
    .select({
      id: motifs.id,
      name: motifs.name,
      altNames: motifs.altNames,
      technique: motifs.technique,
      status: motifs.status,
      isDemo: motifs.isDemo,
      updatedAt: motifs.updatedAt,
      businessName: businesses.name,
    })
    .from(motifs)
    .leftJoin(businesses, eq(businesses.id, motifs.businessId))
    .where(where)
    .orderBy(asc(motifs.name), asc(motifs.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const ids = page.map((m) => m.id);
  const params = await loadTermParams(db, today());
  const [images, records] = ids.length
    ? await Promise.all([
        db
          .select({ motifId: motifImages.motifId, id: motifImages.id, isPrimary: motifImages.isPrimary })
          .from(motifImages)
          .where(inArray(motifImages.motifId, ids))
          .orderBy(desc(motifImages.isPrimary), asc(motifImages.position), asc(motifImages.uploadedAt)),
        db.select().from(ipRecords).where(inArray(ipRecords.motifId, ids)).orderBy(asc(ipRecords.createdAt)),
      ])
    : [[], []];
  return {
    items: page.map((m) => {
      const own = images.filter((i) => i.motifId === m.id);
      return {
        ...m,
        updatedAt: m.updatedAt.toISOString(),
        thumbUrl: own[0] ? imageUrl(own[0].id, 'thumb') : null,
        imageCount: own.length,
        ip: records
          .filter((r) => r.motifId === m.id)
          .map((r) => ({
            kind: r.kind,
            status: r.status,
            number: r.recordNumber ?? r.applicationNumber ?? r.inventoryNumber,
            holderName: r.holderName,
            endsOn: r.termEndsOn,
            termState: r.termState ?? 'missing',
            termYears: r.termState === 'lifetime_plus' ? params.personYearsAfterDeath : null,
            expired: !!r.termEndsOn && r.termEndsOn < today(),
          })),
      };
    }),
    total: totalRow?.n ?? 0,
    page: query.page,
    pageSize: query.pageSize,
  };
}

async function centreOfBusiness(db: Db, businessId: string | null | undefined) {
  if (!businessId) return undefined;
  const [b] = await db
    .select({ centreId: businesses.centreId })
    .from(businesses)
    .where(eq(businesses.id, businessId));
  return b?.centreId;
}

/** The business a new or moved motif belongs to: checked against the centre and, for artisans, their own. */
async function resolveBusiness(
  db: DbOrTx,
  actor: Actor,
  centreId: string,
  businessId: string | null | undefined,
): Promise<string | null> {
  if (actor.role === 'artisan') {
    const scope = await motifScope(db, actor);
    const own = scope.onlyBusinessIds ?? [];
    if (businessId) {
      if (!own.includes(businessId)) throw new AppError('MOTIF_NOT_OWN');
      return businessId;
    }
    if (own.length === 0) throw new AppError('MOTIF_BUSINESS_REQUIRED');
    return own[0] ?? null;
  }
  if (!businessId) return null;
  const [b] = await db
    .select({ centreId: businesses.centreId })
    .from(businesses)
    .where(eq(businesses.id, businessId));
  if (!b) throw notFound({ id: 'Usaha IKM', en: 'IKM business' });
  if (b.centreId !== centreId) throw new AppError('OTHER_CENTRE', {}, `business ${businessId}`);
  return businessId;
}

async function writeCreators(
  tx: DbOrTx,
  centreId: string,
  motifId: string,
  creators: NonNullable<TMotifRequest['creators']>,
) {
  const personIds = creators.map((c) => c.personId).filter((x): x is string => !!x);
  if (personIds.length) {
    const found = await tx
      .select({ id: people.id })
      .from(people)
      .where(and(inArray(people.id, personIds), eq(people.centreId, centreId)));
    if (found.length !== new Set(personIds).size)
      throw notFound({ id: 'Orang (pencipta)', en: 'Person (creator)' });
  }
  await tx.delete(motifCreators).where(eq(motifCreators.motifId, motifId));
  if (creators.length)
    await tx.insert(motifCreators).values(
      creators.map((c, position) => ({
        motifId,
        personId: c.personId ?? null,
        name: c.name,
        address: c.address ?? null,
        nationality: c.nationality ?? 'Indonesia',
        deceased: c.deceased ?? false,
        diedOn: c.diedOn ?? null,
        position,
      })),
    );
}

function assertDeathDatesPast(creators: TMotifRequest['creators'] | undefined, lang: 'id' | 'en') {
  const bad = (creators ?? []).findIndex((c) => c.diedOn && c.diedOn > today());
  if (bad >= 0)
    throw new AppError('VALIDATION', {}, 'death date in future', [
      {
        path: `creators.${bad}.diedOn`,
        message:
          lang === 'id'
            ? 'Tanggal ini belum terjadi: isi tanggal yang sudah lewat.'
            : 'This date is in the future: enter a date that has passed.',
      },
    ]);
}

export async function createMotif(
  db: Db,
  ctx: RequestContext,
  input: TMotifRequest,
  centreIdForAdmin?: string,
): Promise<TMotif> {
  // An admin spanning every centre names it, or lets the chosen business fix it.
  const centreId = ctx.actor.centreId ?? centreIdForAdmin ?? (await centreOfBusiness(db, input.businessId));
  if (!centreId) throw new AppError('IMPORT_CENTRE_REQUIRED');
  assertCentreAccess(ctx.actor, centreId);
  assertDeathDatesPast(input.creators, ctx.lang);
  const businessId = await resolveBusiness(db, ctx.actor, centreId, input.businessId);
  const { creators, ...fields } = input;
  const row = await db.transaction(async (tx) => {
    const [m] = await tx
      .insert(motifs)
      .values({ ...fields, businessId, centreId, createdBy: ctx.actor.userId })
      .returning();
    if (!m) throw new Error('motif not written');
    await writeCreators(tx, centreId, m.id, creators);
    await recordAudit(tx, ctx, {
      entity: 'motif',
      entityId: m.id,
      centreId,
      action: 'create',
      after: { ...m, creators: creators.map((c) => c.name) },
    });
    return m;
  });
  return loadMotifDetail(db, row, await loadTermParams(db, today()));
}

export async function updateMotif(
  db: Db,
  ctx: RequestContext,
  id: string,
  input: TUpdateMotifRequest,
): Promise<TMotif> {
  const before = await assertMotifAccess(db, ctx.actor, id);
  assertDeathDatesPast(input.creators, ctx.lang);
  const { creators, businessId: requestedBusiness, ...fields } = input;
  const businessId =
    requestedBusiness === undefined
      ? before.businessId
      : await resolveBusiness(db, ctx.actor, before.centreId, requestedBusiness);
  const after = await db.transaction(async (tx) => {
    const [m] = await tx
      .update(motifs)
      .set({ ...fields, businessId, updatedAt: new Date() })
      .where(eq(motifs.id, id))
      .returning();
    if (!m) throw notFound(MOTIF);
    if (creators) {
      await writeCreators(tx, m.centreId, id, creators);
      await refreshStoredTerms(tx, id);
    }
    await recordAudit(tx, ctx, {
      entity: 'motif',
      entityId: id,
      centreId: m.centreId,
      action: 'update',
      before,
      after: creators ? { ...m, creators: creators.map((c) => c.name) } : m,
    });
    return m;
  });
  return loadMotifDetail(db, after, await loadTermParams(db, today()));
}

/** A motif with a filed or recorded IP record is evidence and stays; drafts can be removed. */
export async function deleteMotif(db: Db, ctx: RequestContext, id: string): Promise<void> {
  const before = await assertMotifAccess(db, ctx.actor, id);
  await db.transaction(async (tx) => {
    const [held] = await tx
      .select({ n: count() })
      .from(ipRecords)
      .where(and(eq(ipRecords.motifId, id), inArray(ipRecords.status, ['filed', 'recorded', 'expired'])));
    if ((held?.n ?? 0) > 0) throw new AppError('MOTIF_HAS_RECORDS');
    await tx.delete(ipRecords).where(eq(ipRecords.motifId, id));
    await tx.delete(motifs).where(eq(motifs.id, id));
    await recordAudit(tx, ctx, {
      entity: 'motif',
      entityId: id,
      centreId: before.centreId,
      action: 'delete',
      before,
    });
  });
}

/** The figures of the motif dashboard ("103 motifs with HAKI" is motifsWithRecordedIp). */
export async function motifDashboard(db: Db, ctx: RequestContext) {
  const scope = await motifScope(db, ctx.actor);
  const where = motifListWhere(scope, {});
  const [totals] = await db
    .select({
      total: count(),
      published: sql<number>`count(*) filter (where ${motifs.status} = 'published')`.mapWith(Number),
      demo: sql<number>`count(*) filter (where ${motifs.isDemo})`.mapWith(Number),
      withRecorded:
        sql<number>`count(*) filter (where exists (select 1 from ip_record r where r.motif_id = "motif"."id" and r.status = 'recorded'))`.mapWith(
          Number,
        ),
      withoutIp:
        sql<number>`count(*) filter (where not exists (select 1 from ip_record r where r.motif_id = "motif"."id"))`.mapWith(
          Number,
        ),
    })
    .from(motifs)
    .where(where);
  const byKindAndStatus = await db
    .select({ kind: ipRecords.kind, status: ipRecords.status, count: count() })
    .from(ipRecords)
    .innerJoin(motifs, eq(motifs.id, ipRecords.motifId))
    .where(where)
    .groupBy(ipRecords.kind, ipRecords.status)
    .orderBy(ipRecords.kind, ipRecords.status);
  const [extra] = await db
    .select({
      openRequests: sql<number>`count(*) filter (where ${ipRecords.status} = 'requested')`.mapWith(Number),
      expiring:
        sql<number>`count(distinct ${ipRecords.motifId}) filter (where ${ipRecords.status} = 'recorded' and ${ipRecords.termEndsOn} between ${today()}::date and ${today()}::date + interval '12 months')`.mapWith(
          Number,
        ),
    })
    .from(ipRecords)
    .innerJoin(motifs, eq(motifs.id, ipRecords.motifId))
    .where(where);
  const total = totals?.total ?? 0;
  const published = totals?.published ?? 0;
  return {
    motifs: { total, published, draft: total - published },
    motifsWithRecordedIp: totals?.withRecorded ?? 0,
    motifsWithoutIp: totals?.withoutIp ?? 0,
    byKindAndStatus,
    openRequests: extra?.openRequests ?? 0,
    expiringWithin12Months: extra?.expiring ?? 0,
    demoMotifs: totals?.demo ?? 0,
  };
}
