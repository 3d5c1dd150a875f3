import { createHash } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client.js';
import { AppError, notFound } from '../../../lib/app-error.js';
import { todayInJakarta } from '../../../lib/dates.js';
import type { RequestContext } from '../../accounts/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import { sniffDocument } from '../../registry/certifications.service.js';
import { businesses, storedFiles } from '../../registry/registry.tables.js';
import { loadCreators, loadIpRecords } from '../motifs.repository.js';
import type { TIpRecord, TIpRecordRequest, TUpdateIpRecordRequest } from '../motifs.schemas.js';
import { type IpStatus, ipRecordDocuments, ipRecordEvents, ipRecords, motifs } from '../motifs.tables.js';
import { assertMotifAccess, type MotifRow } from '../motifs-access.js';
import {
  FIELD_LABELS,
  type IpFields,
  ipFieldProblems,
  missingFor,
  NEXT_STATUSES,
  STATUS_LABELS,
} from './ip-rules.js';
import { loadTermParams } from './protection-term.js';
import { refreshStoredTerms } from './term-store.js';

const IP_RECORD = { id: 'Catatan HKI', en: 'IP record' };
export const MAX_IP_DOCUMENT_BYTES = 10 * 1024 * 1024;
const today = () => todayInJakarta();

type IpRow = typeof ipRecords.$inferSelect;

/** The record as the API shows it, with its term, history and documents. */
async function present(db: Db | Tx, motifId: string, recordId: string): Promise<TIpRecord> {
  const creators = await loadCreators(db, motifId);
  const all = await loadIpRecords(db, motifId, creators, await loadTermParams(db, today()));
  const found = all.find((r) => r.id === recordId);
  if (!found) throw notFound(IP_RECORD);
  return found;
}

async function findRecord(db: Db | Tx, motifId: string, recordId: string): Promise<IpRow> {
  const [row] = await db
    .select()
    .from(ipRecords)
    .where(and(eq(ipRecords.id, recordId), eq(ipRecords.motifId, motifId)));
  if (!row) throw notFound(IP_RECORD);
  return row;
}

function assertValid(ctx: RequestContext, r: IpFields, status: IpStatus) {
  const problems = ipFieldProblems(r, ctx.lang, today());
  const missing = missingFor(r, status).map((f) => ({
    path: f,
    message: ctx.lang === 'id' ? 'Wajib diisi untuk status ini.' : 'Required for this status.',
  }));
  const fields = [...problems, ...missing];
  if (fields.length) throw new AppError('VALIDATION', {}, 'ip record rules', fields);
}

async function assertHolderBusiness(db: Db, motif: MotifRow, businessId: string | null | undefined) {
  if (!businessId) return;
  const [b] = await db
    .select({ centreId: businesses.centreId })
    .from(businesses)
    .where(eq(businesses.id, businessId));
  if (!b) throw notFound({ id: 'Usaha IKM pemegang hak', en: 'Holder business' });
  if (b.centreId !== motif.centreId) throw new AppError('OTHER_CENTRE');
}

async function logEvent(
  tx: Tx,
  ctx: RequestContext,
  recordId: string,
  fromStatus: IpStatus | null,
  toStatus: IpStatus,
  note: string | null,
) {
  await tx.insert(ipRecordEvents).values({
    ipRecordId: recordId,
    fromStatus,
    toStatus,
    note,
    changedBy: ctx.actor.userId,
    changedByLabel: ctx.actor.label,
  });
}

/** An officer enters a record: a new filing, or one recorded years ago with its numbers. */
export async function createIpRecord(
  db: Db,
  ctx: RequestContext,
  motifId: string,
  input: TIpRecordRequest,
): Promise<TIpRecord> {
  const motif = await assertMotifAccess(db, ctx.actor, motifId);
  await assertHolderBusiness(db, motif, input.holderBusinessId);
  const fields = normalise(input);
  assertValid(ctx, asFields({ ...fields, kind: input.kind }), input.status);
  await refuseTakenNumbers(db, input.kind, fields, null);
  const id = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(ipRecords)
      .values({
        ...fields,
        kind: input.kind,
        status: input.status,
        motifId,
        centreId: motif.centreId,
        handledBy: ctx.actor.userId,
      })
      .returning();
    if (!row) throw new Error('ip record not written');
    await logEvent(tx, ctx, row.id, null, input.status, null);
    await refreshStoredTerms(tx, motifId);
    await recordAudit(tx, ctx, {
      entity: 'ip_record',
      entityId: row.id,
      centreId: motif.centreId,
      action: 'create',
      after: row,
    });
    return row.id;
  });
  return present(db, motifId, id);
}

/** A number already on another record (unique per kind) is told with the motif that holds it. */
async function refuseTakenNumbers(
  db: Db,
  kind: IpFields['kind'],
  numbers: { applicationNumber?: string | null | undefined; recordNumber?: string | null | undefined },
  exceptId: string | null,
) {
  for (const [column, number] of [
    [ipRecords.applicationNumber, numbers.applicationNumber],
    [ipRecords.recordNumber, numbers.recordNumber],
  ] as const) {
    if (!number) continue;
    const [taken] = await db
      .select({ id: ipRecords.id, motif: motifs.name })
      .from(ipRecords)
      .innerJoin(motifs, eq(motifs.id, ipRecords.motifId))
      .where(and(eq(ipRecords.kind, kind), eq(column, number)));
    if (taken && taken.id !== exceptId) throw new AppError('IP_NUMBER_TAKEN', { number, motif: taken.motif });
  }
}

/** The fields the rules read, absent ones as null. */
function asFields(r: Partial<Record<keyof IpFields, unknown>> & { kind: IpFields['kind'] }): IpFields {
  const v = (x: unknown) => (typeof x === 'string' && x !== '' ? x : null);
  return {
    kind: r.kind,
    applicationNumber: v(r.applicationNumber),
    applicationDate: v(r.applicationDate),
    recordNumber: v(r.recordNumber),
    recordDate: v(r.recordDate),
    holderKind: v(r.holderKind),
    holderName: v(r.holderName),
    firstPublishedOn: v(r.firstPublishedOn),
    custodian: v(r.custodian),
    inventoryNumber: v(r.inventoryNumber),
  };
}

/** Empty strings become null, so "cleared" and "never filled" read the same. */
function normalise<T extends Partial<TIpRecordRequest>>(input: T): T {
  const out: Record<string, unknown> = { ...input };
  for (const [k, v] of Object.entries(out)) if (v === '') out[k] = null;
  return out as T;
}

export async function updateIpRecord(
  db: Db,
  ctx: RequestContext,
  motifId: string,
  recordId: string,
  input: TUpdateIpRecordRequest,
): Promise<TIpRecord> {
  const motif = await assertMotifAccess(db, ctx.actor, motifId);
  await assertHolderBusiness(db, motif, input.holderBusinessId);
  const before = await findRecord(db, motifId, recordId);
  const patch = normalise(input);
  assertValid(ctx, asFields({ ...before, ...patch }), before.status);
  await refuseTakenNumbers(db, before.kind, patch, recordId);
  await db.transaction(async (tx) => {
    const [after] = await tx
      .update(ipRecords)
      .set({ ...patch, updatedAt: new Date() })
      .where(eq(ipRecords.id, recordId))
      .returning();
    await refreshStoredTerms(tx, motifId);
    await recordAudit(tx, ctx, {
      entity: 'ip_record',
      entityId: recordId,
      centreId: motif.centreId,
      action: 'update',
      before,
      after,
    });
  });
  return present(db, motifId, recordId);
}

/** Moves a record along its life (filed → recorded…), refusing a jump the process does not allow. */
export async function changeIpStatus(
  db: Db,
  ctx: RequestContext,
  motifId: string,
  recordId: string,
  to: IpStatus,
  note: string | null | undefined,
): Promise<TIpRecord> {
  const motif = await assertMotifAccess(db, ctx.actor, motifId);
  const before = await findRecord(db, motifId, recordId);
  if (!NEXT_STATUSES[before.status].includes(to))
    throw new AppError('IP_WRONG_STATUS', {
      from: STATUS_LABELS[before.status][ctx.lang],
      to: STATUS_LABELS[to][ctx.lang],
    });
  const missing = missingFor(before, to);
  if (missing.length)
    throw new AppError('IP_MISSING_FOR_STATUS', {
      status: STATUS_LABELS[to][ctx.lang],
      fields: missing.map((f) => FIELD_LABELS[f][ctx.lang]).join(', '),
    });
  await db.transaction(async (tx) => {
    const [after] = await tx
      .update(ipRecords)
      .set({
        status: to,
        updatedAt: new Date(),
        handledBy: before.status === 'requested' ? ctx.actor.userId : before.handledBy,
      })
      .where(eq(ipRecords.id, recordId))
      .returning();
    await logEvent(tx, ctx, recordId, before.status, to, note ?? null);
    await recordAudit(tx, ctx, {
      entity: 'ip_record',
      entityId: recordId,
      centreId: motif.centreId,
      action: 'update',
      before,
      after,
    });
  });
  return present(db, motifId, recordId);
}

/**
 * An artisan asks the centre to help record their motif. The request is an IP record in status
 * "requested" that the officer takes up; the artisan follows its history on the motif page.
 */
export async function requestRecording(
  db: Db,
  ctx: RequestContext,
  motifId: string,
  input: { kind: 'hak_cipta' | 'desain_industri'; note?: string | null | undefined },
): Promise<TIpRecord> {
  const motif = await assertMotifAccess(db, ctx.actor, motifId);
  const [open] = await db
    .select({ id: ipRecords.id })
    .from(ipRecords)
    .where(
      and(
        eq(ipRecords.motifId, motifId),
        eq(ipRecords.kind, input.kind),
        inArray(ipRecords.status, ['requested', 'draft', 'filed']),
      ),
    );
  if (open) throw new AppError('IP_REQUEST_OPEN');
  const [holder] = motif.businessId
    ? await db
        .select({ name: businesses.name, address: businesses.address, legalForm: businesses.legalForm })
        .from(businesses)
        .where(eq(businesses.id, motif.businessId))
    : [];
  const id = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(ipRecords)
      .values({
        motifId,
        centreId: motif.centreId,
        kind: input.kind,
        status: 'requested',
        workKind: input.kind === 'hak_cipta' ? 'karya_seni_batik' : null,
        // PT and koperasi are badan hukum (50 years from publication); a UD, CV or sole trader's
        // motif is held by people, so the life-plus-70 rule applies (UU 28/2014 Pasal 58).
        holderKind: holder
          ? ['pt', 'koperasi'].includes(holder.legalForm)
            ? 'badan_hukum'
            : 'perorangan'
          : null,
        holderName: holder?.name ?? null,
        holderAddress: holder?.address ?? null,
        holderBusinessId: motif.businessId,
        requestNote: input.note ?? null,
        requestedBy: ctx.actor.userId,
      })
      .returning();
    if (!row) throw new Error('request not written');
    await logEvent(tx, ctx, row.id, null, 'requested', input.note ?? null);
    await refreshStoredTerms(tx, motifId);
    await recordAudit(tx, ctx, {
      entity: 'ip_record',
      entityId: row.id,
      centreId: motif.centreId,
      action: 'create',
      after: row,
    });
    return row.id;
  });
  return present(db, motifId, id);
}

/** Drafts and requests may be withdrawn; a filed or recorded record is evidence and stays. */
export async function deleteIpRecord(db: Db, ctx: RequestContext, motifId: string, recordId: string) {
  const motif = await assertMotifAccess(db, ctx.actor, motifId);
  const before = await findRecord(db, motifId, recordId);
  if (!['requested', 'draft'].includes(before.status)) throw new AppError('IP_RECORD_KEPT');
  await db.transaction(async (tx) => {
    await tx.delete(ipRecords).where(eq(ipRecords.id, recordId));
    await recordAudit(tx, ctx, {
      entity: 'ip_record',
      entityId: recordId,
      centreId: motif.centreId,
      action: 'delete',
      before,
    });
  });
}

/** Attaches a certificate or filing document (PDF/PNG/JPEG ≤ 10 MB), kept with its SHA-256. */
export async function attachIpDocument(
  db: Db,
  ctx: RequestContext,
  motifId: string,
  recordId: string,
  file: { fileName: string; bytes: Buffer; label: 'sertifikat' | 'formulir' | 'lainnya' },
): Promise<TIpRecord> {
  const motif = await assertMotifAccess(db, ctx.actor, motifId);
  await findRecord(db, motifId, recordId);
  const mimeType = sniffDocument(file.bytes);
  if (!mimeType) throw new AppError('UNSUPPORTED_DOCUMENT');
  const sha256 = createHash('sha256').update(file.bytes).digest('hex');
  await db.transaction(async (tx) => {
    const [stored] = await tx
      .insert(storedFiles)
      .values({
        centreId: motif.centreId,
        fileName: safeFileName(file.fileName, 'dokumen'),
        mimeType,
        sizeBytes: file.bytes.length,
        sha256,
        content: file.bytes,
        uploadedBy: ctx.actor.userId,
      })
      .returning({ id: storedFiles.id });
    if (!stored) throw new Error('file not written');
    await tx.insert(ipRecordDocuments).values({ ipRecordId: recordId, fileId: stored.id, label: file.label });
    await recordAudit(tx, ctx, {
      entity: 'ip_record',
      entityId: recordId,
      centreId: motif.centreId,
      action: 'update',
      after: { documentAdded: file.label, fileId: stored.id, sha256 },
    });
  });
  return present(db, motifId, recordId);
}

export function safeFileName(name: string, fallback: string): string {
  return name.replace(/[^\w.\- ()]/g, '_').slice(0, 200) || fallback;
}

/** A certificate/filing document, for whoever may see the motif. */
export async function readIpDocument(db: Db, ctx: RequestContext, fileId: string) {
  const [row] = await db
    .select({ file: storedFiles, motifId: ipRecords.motifId })
    .from(ipRecordDocuments)
    .innerJoin(storedFiles, eq(storedFiles.id, ipRecordDocuments.fileId))
    .innerJoin(ipRecords, eq(ipRecords.id, ipRecordDocuments.ipRecordId))
    .where(eq(ipRecordDocuments.fileId, fileId));
  if (!row) throw notFound({ id: 'Dokumen', en: 'Document' });
  await assertMotifAccess(db, ctx.actor, row.motifId);
  return row.file;
}
