import type { Db, DbOrTx } from '../../db/client.js';
import { AppError, type FieldError, notFound } from '../../lib/app-error.js';
import { errorMessage } from '../../plugins/error-catalogue.js';
import { assertCentreAccess, type RequestContext } from '../accounts/actor.js';
import { getUser, listUsers } from '../accounts/users.service.js';
import { recordAudit } from '../audit/audit.service.js';
import { mapCertification } from './certifications.service.js';
import { figureColumns, figuresOf } from './figures.js';
import { mapPerson } from './people.service.js';
import { mapProduct } from './products.service.js';
import * as repo from './registry.repository.js';
import type {
  TBusinessDetail,
  TBusinessListQuery,
  TCreateBusinessRequest,
  TUpdateBusinessRequest,
} from './registry.schemas.js';
import { assertBusinessAccess, BUSINESS, businessScope } from './registry-access.js';
import { mapReport } from './semester-reports.service.js';
import { classifySize, loadSizeRule } from './size-class.js';

const iso = (d: Date | null | undefined) => d?.toISOString() ?? null;
const num = (v: string | null) => (v === null ? null : Number(v));

export async function listBusinesses(db: Db, ctx: RequestContext, q: TBusinessListQuery) {
  const [scope, rule] = await Promise.all([businessScope(db, ctx.actor), loadSizeRule(db)]);
  const res = await repo.listBusinesses(db, scope, q, rule.thresholds);
  return {
    items: res.rows.map((r) => ({
      id: r.id,
      centreId: r.centre_id,
      name: r.name,
      legalForm: r.legal_form as TBusinessDetail['legalForm'],
      nib: r.nib,
      wilayahCode: r.wilayah_code,
      kelurahan: r.kelurahan,
      kecamatan: r.kecamatan,
      techniques: r.techniques as TBusinessDetail['techniques'],
      kbliCodes: r.kbli_codes,
      workersTotal: r.workers_total,
      sizeClass: r.size_class as 'mikro' | null,
      isMember: r.is_member,
      isTenant: r.is_tenant,
      certificationKinds: r.cert_kinds as TBusinessDetail['certifications'][number]['kind'][],
      updatedAt: new Date(r.updated_at).toISOString(),
    })),
    total: res.total,
    page: q.page,
    pageSize: q.pageSize,
    counts: { bySizeClass: res.bySizeClass, byTechnique: res.byTechnique },
  };
}

export async function getBusiness(db: Db, ctx: RequestContext, id: string): Promise<TBusinessDetail> {
  await assertBusinessAccess(db, ctx.actor, id);
  const b = await repo.findBusiness(db, id);
  if (!b) throw notFound(BUSINESS);
  const [kbli, wilayahName, people, products, certs, reports, consents, rule] = await Promise.all([
    repo.kbliCodesOf(db, id),
    repo.wilayahName(db, b.wilayahCode),
    repo.peopleOf(db, id),
    repo.productsOf(db, id),
    repo.certificationsOf(db, id),
    repo.reportsOf(db, id),
    repo.currentConsents(db, id),
    loadSizeRule(db),
  ]);
  const figures = figuresOf(b);
  return {
    id: b.id,
    centreId: b.centreId,
    name: b.name,
    legalForm: b.legalForm,
    nib: b.nib,
    kbli,
    address: b.address,
    wilayahCode: b.wilayahCode,
    wilayahName,
    latitude: num(b.latitude),
    longitude: num(b.longitude),
    phone: b.phone,
    whatsapp: b.whatsapp,
    email: b.email,
    yearFounded: b.yearFounded,
    techniques: b.techniques,
    notBatikUnderSni: b.techniques.includes('printing') && !b.techniques.some((t) => t !== 'printing'),
    marketReach: b.marketReach,
    memberSince: b.memberSince,
    isTenant: b.isTenant,
    figures,
    sizeClass: classifySize(figures, rule, ctx.lang),
    people: people.map(({ person, role }) => mapPerson(person, role)),
    products: products.map(mapProduct),
    certifications: certs.map(({ cert, file }) => mapCertification(cert, file?.id ? file : null)),
    reports: reports.map(mapReport),
    consents: (['profile', 'contact', 'products', 'figures'] as const).map((group) => {
      const c = consents.find((x) => x.fieldGroup === group);
      return {
        fieldGroup: group,
        granted: c?.granted ?? false,
        givenBy: c?.givenBy ?? null,
        recordedAt: iso(c?.recordedAt),
      };
    }),
    mergedIntoId: b.mergedIntoId,
    createdAt: b.createdAt.toISOString(),
    updatedAt: b.updatedAt.toISOString(),
  };
}

/**
 * The checks a business record needs beyond its schema: a NIB used by no other business, KBLI
 * codes from KBLI 2020, a kelurahan code Kemendagri has. Returns field errors (empty when fine),
 * so a form and an import row report them the same way.
 */
export async function checkBusinessReferences(
  db: DbOrTx,
  lang: RequestContext['lang'],
  input: { nib?: string | null; kbliCodes?: string[]; wilayahCode?: string },
  existingId?: string,
): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  if (input.nib) {
    const holder = await repo.findBusinessByNib(db, input.nib);
    if (holder && holder.id !== existingId)
      errors.push({
        path: 'nib',
        message: errorMessage('NIB_TAKEN_BY', lang, { nib: input.nib, name: holder.name }),
      });
  }
  for (const code of await repo.unknownKbliCodes(db, input.kbliCodes ?? []))
    errors.push({ path: 'kbliCodes', message: errorMessage('UNKNOWN_KBLI', lang, { code }) });
  if (input.wilayahCode && !(await repo.wilayahExists(db, input.wilayahCode)))
    errors.push({
      path: 'wilayahCode',
      message: errorMessage('UNKNOWN_WILAYAH', lang, { code: input.wilayahCode }),
    });
  return errors;
}

function throwIfErrors(errors: FieldError[]) {
  if (!errors.length) return;
  const conflict = errors.find((e) => e.path === 'nib');
  throw new AppError(conflict ? 'NIB_TAKEN' : 'VALIDATION', {}, 'business references', errors);
}

/** The columns of a business from a create or update request (only the given fields). */
export function businessColumns(input: TUpdateBusinessRequest): Partial<repo.BusinessInsert> {
  const { kbliCodes: _k, latitude, longitude, ...rest } = input;
  const out: Partial<repo.BusinessInsert> = {
    ...rest,
    ...figureColumns(input),
  } as Partial<repo.BusinessInsert>;
  if (latitude !== undefined) out.latitude = latitude === null ? null : String(latitude);
  if (longitude !== undefined) out.longitude = longitude === null ? null : String(longitude);
  return out;
}

export async function createBusiness(
  db: Db,
  ctx: RequestContext,
  input: TCreateBusinessRequest,
): Promise<TBusinessDetail> {
  if (ctx.actor.role === 'artisan') throw new AppError('FORBIDDEN', {}, 'artisans do not create businesses');
  const centreId = ctx.actor.role === 'admin' && input.centreId ? input.centreId : ctx.actor.centreId;
  if (!centreId) throw new AppError('UNKNOWN_CENTRE');
  assertCentreAccess(ctx.actor, centreId);
  throwIfErrors(await checkBusinessReferences(db, ctx.lang, input));
  const { centreId: _c, ...fields } = input;
  const id = await db.transaction(async (tx) => {
    const row = await repo.insertBusiness(tx, {
      ...(businessColumns(fields) as repo.BusinessInsert),
      centreId,
    });
    await repo.replaceKbli(tx, row.id, input.kbliCodes);
    await recordAudit(tx, ctx, {
      entity: 'business',
      entityId: row.id,
      centreId,
      action: 'create',
      after: { ...row, kbliCodes: input.kbliCodes },
    });
    return row.id;
  });
  return getBusiness(db, ctx, id);
}

export async function updateBusiness(
  db: Db,
  ctx: RequestContext,
  id: string,
  input: TUpdateBusinessRequest,
): Promise<TBusinessDetail> {
  const { centreId } = await assertBusinessAccess(db, ctx.actor, id);
  const before = await repo.findBusiness(db, id);
  if (!before) throw notFound(BUSINESS);
  if (before.mergedIntoId) throw new AppError('BUSINESS_MERGED');
  throwIfErrors(await checkBusinessReferences(db, ctx.lang, input, id));
  await db.transaction(async (tx) => {
    const kbliBefore = (await repo.kbliCodesOf(tx, id)).map((k) => k.code);
    const after = await repo.updateBusinessRow(tx, id, businessColumns(input));
    if (input.kbliCodes) await repo.replaceKbli(tx, id, input.kbliCodes);
    await recordAudit(tx, ctx, {
      entity: 'business',
      entityId: id,
      centreId,
      action: 'update',
      before: { ...before, kbliCodes: kbliBefore },
      after: { ...after, kbliCodes: input.kbliCodes ?? kbliBefore },
    });
  });
  return getBusiness(db, ctx, id);
}

/** Lets an artisan account act for a business: same centre, artisan role. */
export async function linkArtisanAccount(db: Db, ctx: RequestContext, businessId: string, userId: string) {
  const { centreId } = await assertBusinessAccess(db, ctx.actor, businessId);
  const user = await getUser(db, userId).catch(() => null);
  if (user?.role !== 'artisan' || user.centreId !== centreId) throw new AppError('NOT_AN_ARTISAN');
  await db.transaction(async (tx) => {
    await repo.linkAccount(tx, userId, businessId);
    await recordAudit(tx, ctx, {
      entity: 'business_account',
      entityId: `${businessId}:${userId}`,
      centreId,
      action: 'create',
      after: { businessId, userId, username: user.username },
    });
  });
}

export async function unlinkArtisanAccount(db: Db, ctx: RequestContext, businessId: string, userId: string) {
  const { centreId } = await assertBusinessAccess(db, ctx.actor, businessId);
  await db.transaction(async (tx) => {
    if (!(await repo.unlinkAccount(tx, userId, businessId)))
      throw notFound({ id: 'Akun terhubung', en: 'Linked account' });
    await recordAudit(tx, ctx, {
      entity: 'business_account',
      entityId: `${businessId}:${userId}`,
      centreId,
      action: 'delete',
      before: { businessId, userId },
    });
  });
}

/**
 * The artisan accounts of the business's centre, each marked whether it acts for this business:
 * what an officer picks from to link the owner's login to the record.
 */
export async function artisanAccountsFor(db: Db, ctx: RequestContext, businessId: string) {
  const { centreId } = await assertBusinessAccess(db, ctx.actor, businessId);
  const [{ items }, linked] = await Promise.all([
    listUsers(db, { role: 'artisan', centreId, active: true, page: 1, pageSize: 100 }),
    repo.accountIdsOf(db, businessId),
  ]);
  return items.map((u) => ({
    userId: u.id,
    username: u.username,
    fullName: u.fullName,
    linked: linked.includes(u.id),
  }));
}
