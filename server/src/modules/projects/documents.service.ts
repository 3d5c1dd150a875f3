import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { AppError, notFound } from '../../lib/app-error.js';
import type { RequestContext } from '../accounts/actor.js';
import { safeFileName } from '../motifs/ip/ip-records.service.js';
import { sniffDocument } from '../registry/certifications.service.js';
import { storedFiles } from '../registry/registry.tables.js';
import { changeContract } from './contracts.service.js';
import { contractDocuments, DOCUMENT_KINDS } from './projects.tables.js';
import { loadContract } from './projects-access.js';

export const MAX_PROJECT_DOCUMENT_BYTES = 10 * 1024 * 1024;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/**
 * A paper of the contract (the contract itself, SPMK, addenda, BA SCM, the APIP review that
 * DAK tahap III asks for…), kept byte-for-byte with its SHA-256. The bytes decide the type.
 */
export async function addDocument(
  db: Db,
  ctx: RequestContext,
  contractId: string,
  file: { fileName: string; bytes: Buffer; kind: DocumentKind; label: string },
) {
  const mimeType = sniffDocument(file.bytes);
  if (!mimeType) throw new AppError('UNSUPPORTED_DOCUMENT');
  return changeContract(db, ctx, contractId, 'project_document', async (tx, contract) => {
    const sha256 = createHash('sha256').update(file.bytes).digest('hex');
    const [stored] = await tx
      .insert(storedFiles)
      .values({
        centreId: contract.centreId,
        fileName: safeFileName(file.fileName, 'dokumen'),
        mimeType,
        sizeBytes: file.bytes.length,
        sha256,
        content: file.bytes,
        uploadedBy: ctx.actor.userId,
      })
      .returning({ id: storedFiles.id });
    if (!stored) throw new Error('document not written');
    const [row] = await tx
      .insert(contractDocuments)
      .values({
        contractId,
        kind: file.kind,
        fileId: stored.id,
        label: file.label,
        uploadedByLabel: ctx.actor.label,
      })
      .returning();
    if (!row) throw new Error('document not written');
    return { id: row.id, row: { ...row, sha256 } };
  });
}

export function documentKind(raw: string | undefined): DocumentKind {
  return DOCUMENT_KINDS.find((k) => k === raw) ?? 'lainnya';
}

export async function readDocument(db: Db, ctx: RequestContext, contractId: string, documentId: string) {
  await loadContract(db, ctx.actor, contractId);
  const [row] = await db
    .select({ file: storedFiles })
    .from(contractDocuments)
    .innerJoin(storedFiles, eq(storedFiles.id, contractDocuments.fileId))
    .where(and(eq(contractDocuments.id, documentId), eq(contractDocuments.contractId, contractId)));
  if (!row) throw notFound({ id: 'Dokumen', en: 'Document' });
  return row.file;
}
