import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client.js';
import { AppError, notFound } from '../../lib/app-error.js';
import type { RequestContext } from '../accounts/actor.js';
import { changeBusinessChild } from './business-children.js';
import type { ZCertificationRequestSchema } from './registry.schemas.js';
import { certifications, storedFiles } from './registry.tables.js';
import { assertBusinessAccess } from './registry-access.js';

type TCertificationRequest = z.infer<typeof ZCertificationRequestSchema>;
const CERT = { id: 'Sertifikasi', en: 'Certification' };
const FILE = { id: 'Berkas', en: 'File' };
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

type CertRow = typeof certifications.$inferSelect;
type FileInfo = { id: string; fileName: string; sizeBytes: number; sha256: string } | null;

export function mapCertification(c: CertRow, file: FileInfo) {
  const today = new Date().toISOString().slice(0, 10);
  return {
    id: c.id,
    kind: c.kind,
    category: c.category,
    number: c.number,
    issuer: c.issuer,
    issuedOn: c.issuedOn,
    validUntil: c.validUntil,
    isValid: !c.validUntil || c.validUntil >= today,
    document: file,
  };
}

async function fileInfo(tx: Pick<Db, 'select'>, id: string | null): Promise<FileInfo> {
  if (!id) return null;
  const [f] = await tx
    .select({
      id: storedFiles.id,
      fileName: storedFiles.fileName,
      sizeBytes: storedFiles.sizeBytes,
      sha256: storedFiles.sha256,
    })
    .from(storedFiles)
    .where(eq(storedFiles.id, id));
  return f ?? null;
}

export async function addCertification(
  db: Db,
  ctx: RequestContext,
  businessId: string,
  input: TCertificationRequest,
) {
  return changeBusinessChild(db, ctx, businessId, async (tx, audit) => {
    const [row] = await tx
      .insert(certifications)
      .values({ ...input, kind: input.kind, businessId })
      .returning();
    if (!row) throw new Error('certification not written');
    await audit({ entity: 'certification', entityId: row.id, action: 'create', after: row });
    return mapCertification(row, null);
  });
}

export async function updateCertification(
  db: Db,
  ctx: RequestContext,
  businessId: string,
  id: string,
  input: Partial<TCertificationRequest>,
) {
  return changeBusinessChild(db, ctx, businessId, async (tx, audit) => {
    const where = and(eq(certifications.id, id), eq(certifications.businessId, businessId));
    const [before] = await tx.select().from(certifications).where(where);
    if (!before) throw notFound(CERT);
    const [after] = await tx
      .update(certifications)
      .set({ ...input, updatedAt: new Date() })
      .where(where)
      .returning();
    if (!after) throw notFound(CERT);
    await audit({ entity: 'certification', entityId: id, action: 'update', before, after });
    return mapCertification(after, await fileInfo(tx, after.documentId));
  });
}

export async function removeCertification(db: Db, ctx: RequestContext, businessId: string, id: string) {
  await changeBusinessChild(db, ctx, businessId, async (tx, audit) => {
    const [before] = await tx
      .delete(certifications)
      .where(and(eq(certifications.id, id), eq(certifications.businessId, businessId)))
      .returning();
    if (!before) throw notFound(CERT);
    await audit({ entity: 'certification', entityId: id, action: 'delete', before });
  });
}

/** What a document really is, by its first bytes (never by its name or the browser's MIME type). */
export function sniffDocument(bytes: Buffer): 'application/pdf' | 'image/png' | 'image/jpeg' | null {
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  return null;
}

/** Attaches the certificate scan (PDF/PNG/JPEG ≤ 10 MB), kept with its SHA-256 as evidence. */
export async function attachDocument(
  db: Db,
  ctx: RequestContext,
  businessId: string,
  id: string,
  file: { fileName: string; bytes: Buffer },
) {
  const mimeType = sniffDocument(file.bytes);
  if (!mimeType) throw new AppError('UNSUPPORTED_DOCUMENT');
  return changeBusinessChild(db, ctx, businessId, async (tx, audit, centreId) => {
    const where = and(eq(certifications.id, id), eq(certifications.businessId, businessId));
    const [before] = await tx.select().from(certifications).where(where);
    if (!before) throw notFound(CERT);
    const sha256 = createHash('sha256').update(file.bytes).digest('hex');
    const [stored] = await tx
      .insert(storedFiles)
      .values({
        centreId,
        fileName: file.fileName.replace(/[^\w.\- ()]/g, '_').slice(0, 200) || 'dokumen',
        mimeType,
        sizeBytes: file.bytes.length,
        sha256,
        content: file.bytes,
        uploadedBy: ctx.actor.userId,
      })
      .returning({
        id: storedFiles.id,
        fileName: storedFiles.fileName,
        sizeBytes: storedFiles.sizeBytes,
        sha256: storedFiles.sha256,
      });
    if (!stored) throw new Error('file not written');
    const [after] = await tx
      .update(certifications)
      .set({ documentId: stored.id, updatedAt: new Date() })
      .where(where)
      .returning();
    if (!after) throw notFound(CERT);
    await audit({
      entity: 'certification',
      entityId: id,
      action: 'update',
      before,
      after: { ...after, documentSha256: sha256 },
    });
    return mapCertification(after, stored);
  });
}

/** A stored document, for whoever may see the business it belongs to. */
export async function readDocument(db: Db, ctx: RequestContext, fileId: string) {
  const [row] = await db
    .select({ file: storedFiles, businessId: certifications.businessId })
    .from(storedFiles)
    .innerJoin(certifications, eq(certifications.documentId, storedFiles.id))
    .where(eq(storedFiles.id, fileId));
  if (!row) throw notFound(FILE);
  await assertBusinessAccess(db, ctx.actor, row.businessId);
  return row.file;
}
