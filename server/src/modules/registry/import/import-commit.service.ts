import { randomUUID } from 'node:crypto';
import type { Db, Tx } from '../../../db/client.js';
import { AppError, notFound } from '../../../lib/app-error.js';
import { assertCentreAccess, type RequestContext } from '../../accounts/actor.js';
import { diffRecords, recordAudit } from '../../audit/audit.service.js';
import { businessColumns } from '../business.service.js';
import type { BusinessInsert, BusinessRow } from '../registry.repository.js';
import type { TUpdateBusinessRequest } from '../registry.schemas.js';
import * as repo from './import.repository.js';
import type { ImportField } from './import-columns.js';
import { IMPORT, type StoredRow } from './import-preview.service.js';
import type { TImportRowValues } from './parse-row.js';

type Mode = 'valid-only' | 'all-or-nothing';
type ValidRow = StoredRow & { values: TImportRowValues; present: ImportField[] };

const OWNER_FIELDS = new Set<ImportField>(['ownerName', 'ownerGender', 'ownerPhone']);

/** The business part of a row: everything but the owner (and KBLI, which has its own table). */
function businessInput(values: TImportRowValues, only?: ImportField[]): TUpdateBusinessRequest {
  const keys = (only ?? (Object.keys(values) as ImportField[])).filter((k) => !OWNER_FIELDS.has(k));
  return Object.fromEntries(
    keys.map((k) => [k, values[k as keyof TImportRowValues]]),
  ) as TUpdateBusinessRequest;
}

/**
 * Applies a previewed import in one transaction: every business created or updated, its KBLI
 * and owner, one audit entry each, and the import marked committed — or, on any failure, none of
 * it. The rows applied are the ones the user saw; if the registry changed since, nothing is done.
 */
export async function commitImport(db: Db, ctx: RequestContext, id: string, mode: Mode) {
  try {
    return await db.transaction((tx) => apply(tx, ctx, id, mode));
  } catch (err) {
    // Another import or a form created the same NIB between our check and our insert.
    if (
      (err as { code?: string }).code === '23505' ||
      (err as { cause?: { code?: string } }).cause?.code === '23505'
    )
      throw new AppError('IMPORT_STALE', { detail: 'NIB' }, String(err));
    throw err;
  }
}

async function apply(tx: Tx, ctx: RequestContext, id: string, mode: Mode) {
  // The row lock makes a second, concurrent commit wait and then see "committed".
  const imp = await repo.findImport(tx, id, true);
  if (!imp) throw notFound(IMPORT);
  assertCentreAccess(ctx.actor, imp.centreId);
  if (imp.status !== 'previewed') throw new AppError('IMPORT_ALREADY_COMMITTED', {}, imp.status);
  const centreId = imp.centreId;
  const rows = imp.rows as StoredRow[];
  const skipped = rows.filter((r) => r.action === 'invalid').length;
  if (mode === 'all-or-nothing' && skipped) throw new AppError('IMPORT_INVALID_ROWS', { count: skipped });

  const creates = rows.filter((r): r is ValidRow => r.action === 'create');
  const updates = rows.filter((r): r is ValidRow => r.action === 'update');
  const before = await refuseIfStale(tx, ctx, centreId, creates, updates);

  // Ids are chosen here, so the KBLI, owners and audit entries of each new business need no
  // round trip; the audit records the values as written (RETURNING 10,000 rows costs ~0.3 s).
  const createIds = creates.map(() => randomUUID());
  const inserted: BusinessInsert[] = creates.map((r, i) => ({
    ...(businessColumns(businessInput(r.values)) as BusinessInsert),
    id: createIds[i],
    centreId,
  }));
  await repo.insertBusinesses(tx, inserted);
  const createdRow = new Map(creates.map((r, i) => [createIds[i] as string, r]));
  const updateIds = updates.map((r) => r.businessId as string);
  const [kbliBefore, ownersBefore] = await Promise.all([
    repo.kbliOf(tx, updateIds),
    repo.ownersOf(tx, updateIds),
  ]);
  const changed = await repo.updateBusinesses(
    tx,
    updates.map((r) => ({
      id: r.businessId as string,
      values: businessColumns(businessInput(r.values, r.present)),
    })),
  );
  // Every matched business counts as updated; an unchanged one keeps its row as it was.
  const changedById = new Map(changed.map((b) => [b.id, b]));
  const updated = before.map((b) => changedById.get(b.id) ?? b);

  // KBLI: every new business, and an updated one when the file gives a different set.
  const kbli = new Map<string, string[]>();
  creates.forEach((r, i) => {
    if (r.values.kbliCodes.length) kbli.set(createIds[i] as string, r.values.kbliCodes);
  });
  const sameSet = (a: string[], b: string[]) =>
    [...new Set(a)].sort().join() === [...new Set(b)].sort().join();
  for (const r of updates)
    if (
      r.present.includes('kbliCodes') &&
      !sameSet(r.values.kbliCodes, kbliBefore.get(r.businessId as string) ?? [])
    )
      kbli.set(r.businessId as string, r.values.kbliCodes);
  await repo.replaceKbliMany(tx, kbli);

  await writeOwners(tx, centreId, createdRow, updates, ownersBefore);

  const common = {
    actorId: ctx.actor.userId,
    actorLabel: ctx.actor.label,
    centreId,
    entity: 'business',
    requestId: ctx.requestId,
  };
  const ownersOf = groupOwners(ownersBefore);
  const ownerNames = (businessId: string, added?: string | null) => {
    const names = (ownersOf.get(businessId) ?? []).map((o) => o.fullName);
    if (added && !names.some((n) => repo.foldName(n) === repo.foldName(added))) names.push(added);
    return names.join(', ') || null;
  };
  const beforeById = new Map(before.map((b) => [b.id, b]));
  const rowById = new Map(updates.map((r) => [r.businessId, r]));
  await repo.insertAuditEntries(tx, [
    ...inserted.map((b) => ({
      ...common,
      entityId: b.id as string,
      action: 'create' as const,
      changes: diffRecords(null, {
        ...b,
        kbliCodes: createdRow.get(b.id as string)?.values.kbliCodes ?? [],
        owner: createdRow.get(b.id as string)?.values.ownerName ?? null,
        importId: id,
      }),
    })),
    ...updated.map((b) => {
      const row = rowById.get(b.id);
      const kbliOld = kbliBefore.get(b.id) ?? [];
      return {
        ...common,
        entityId: b.id,
        action: 'update' as const,
        // importId is null before and this import after: every entry says which import wrote it.
        changes: diffRecords(
          {
            ...(beforeById.get(b.id) as BusinessRow),
            kbliCodes: kbliOld,
            owner: ownerNames(b.id),
            importId: null,
          },
          {
            ...b,
            kbliCodes: row?.present.includes('kbliCodes') ? row.values.kbliCodes : kbliOld,
            owner: ownerNames(b.id, row?.values.ownerName),
            importId: id,
          },
        ),
      };
    }),
  ]);

  const summary = { created: inserted.length, updated: updated.length, skipped, mode };
  await repo.markCommitted(tx, id, summary);
  await recordAudit(tx, ctx, {
    entity: 'registry_import',
    entityId: id,
    centreId,
    action: 'update',
    before: { status: 'previewed' },
    after: { status: 'committed', fileName: imp.fileName, ...summary },
  });
  return { importId: id, ...summary };
}

/**
 * Between preview and commit someone may have added, merged or re-numbered a business: the
 * matches decided at preview must still hold, or the user is asked to upload again.
 */
async function refuseIfStale(
  tx: Tx,
  ctx: RequestContext,
  centreId: string,
  creates: ValidRow[],
  updates: ValidRow[],
) {
  const row = (n: number) => `${ctx.lang === 'id' ? 'baris' : 'row'} ${n}`;
  const stale = (detail: string) => new AppError('IMPORT_STALE', { detail }, detail);
  const locked = await repo.lockBusinesses(
    tx,
    updates.map((r) => r.businessId as string),
  );
  const byId = new Map(locked.map((b) => [b.id, b]));
  for (const r of updates) {
    const b = byId.get(r.businessId as string);
    if (!b || b.centreId !== centreId || b.mergedIntoId) throw stale(row(r.row));
    if (r.values.nib && b.nib && b.nib !== r.values.nib) throw stale(row(r.row));
  }
  const nibs = creates.map((r) => r.values.nib).filter((n): n is string => !!n);
  const [taken, named] = await Promise.all([
    repo.businessesByNib(tx, nibs),
    repo.businessesByNameAndKelurahan(
      tx,
      centreId,
      creates.map((r) => ({ name: r.values.name, wilayahCode: r.values.wilayahCode })),
    ),
  ]);
  if (taken[0]) throw stale(`NIB ${taken[0].nib}`);
  const createByKey = new Map(
    creates.map((r) => [`${repo.foldName(r.values.name)}|${r.values.wilayahCode}`, r]),
  );
  for (const c of named) {
    const r = createByKey.get(`${c.folded}|${c.wilayahCode}`);
    if (r && (!c.nib || c.nib === r.values.nib)) throw stale(`"${c.name}"`);
  }
  return locked;
}

/**
 * The owner named in a row becomes a person linked as pemilik. On re-import the same owner (same
 * name, case folded) is updated rather than added again; another name adds a second owner.
 */
async function writeOwners(
  tx: Tx,
  centreId: string,
  created: Map<string, ValidRow>,
  updates: ValidRow[],
  ownersBefore: repo.OwnerRow[],
) {
  const fold = (s: string) => repo.foldName(s);
  const newOwners: Parameters<typeof repo.insertOwners>[1] = [];
  const changedOwners: { id: string; gender: string | null; phone: string | null }[] = [];
  const person = (v: TImportRowValues) => ({
    id: randomUUID(),
    centreId,
    fullName: v.ownerName as string,
    gender: v.ownerGender ?? null,
    phone: v.ownerPhone || null,
  });
  for (const [businessId, r] of created)
    if (r.values.ownerName) newOwners.push({ businessId, person: person(r.values) });
  const ownersOf = groupOwners(ownersBefore);
  for (const r of updates) {
    if (!r.values.ownerName) continue;
    const same = ownersOf
      .get(r.businessId as string)
      ?.find((o) => fold(o.fullName) === fold(r.values.ownerName as string));
    const gender = r.values.ownerGender ?? null;
    const phone = r.values.ownerPhone || null;
    if (!same) newOwners.push({ businessId: r.businessId as string, person: person(r.values) });
    else if ((gender && gender !== same.gender) || (phone && phone !== same.phone))
      changedOwners.push({ id: same.personId, gender, phone });
  }
  await repo.insertOwners(tx, newOwners);
  await repo.updateOwners(tx, changedOwners);
}

/** Owners by business: looked up once per row, so a map, not a scan of every owner. */
function groupOwners(owners: repo.OwnerRow[]): Map<string, repo.OwnerRow[]> {
  const map = new Map<string, repo.OwnerRow[]>();
  for (const o of owners) map.set(o.businessId, [...(map.get(o.businessId) ?? []), o]);
  return map;
}
