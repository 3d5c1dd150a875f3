import { and, count, eq, inArray, max, ne } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client.js';
import { AppError, notFound } from '../../../lib/app-error.js';
import type { RequestContext } from '../../accounts/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import { storedFiles } from '../../registry/registry.tables.js';
import { safeFileName } from '../ip/ip-records.service.js';
import { loadImages } from '../motifs.repository.js';
import type { TMotifImage } from '../motifs.schemas.js';
import { ipRecords, motifImages, motifImageVariants, motifs } from '../motifs.tables.js';
import { assertMotifAccess, canSeeMotif } from '../motifs-access.js';
import { deriveVariants, type ImageVariant, type InspectedImage, inspectImage } from './image-intake.js';

const IMAGE = { id: 'Gambar motif', en: 'Motif image' };

/**
 * Takes an uploaded motif image: checks what the bytes really are (never the name or MIME type),
 * refuses a file already stored, keeps the original unchanged with its SHA-256 and the server
 * time, and stores the WebP derivatives, all in one transaction so nothing is left half-way.
 */
export async function uploadImage(
  db: Db,
  ctx: RequestContext,
  motifId: string,
  file: { fileName: string; bytes: Buffer; caption?: string | null },
): Promise<TMotifImage[]> {
  const motif = await assertMotifAccess(db, ctx.actor, motifId);
  const inspected = await inspectImage(file.bytes);
  await refuseDuplicate(db, ctx, inspected.sha256);
  const variants = await deriveVariants(file.bytes);
  await db
    .transaction(async (tx) => {
      const image = await storeMotifImage(tx, {
        motifId,
        centreId: motif.centreId,
        fileName: file.fileName,
        bytes: file.bytes,
        caption: file.caption ?? null,
        inspected,
        variants,
        uploadedBy: ctx.actor.userId,
        uploadedByLabel: ctx.actor.label,
      });
      await recordAudit(tx, ctx, {
        entity: 'motif_image',
        entityId: image.id,
        centreId: motif.centreId,
        action: 'create',
        after: { motifId, sha256: image.sha256, fileName: file.fileName, sizeBytes: inspected.sizeBytes },
      });
    })
    .catch(async (err: unknown) => {
      // Two uploads of the same file at once: the unique index decides, the loser gets the same message.
      if ((err as { code?: string }).code === '23505') await refuseDuplicate(db, ctx, inspected.sha256);
      throw err;
    });
  return loadImages(db, motifId);
}

/**
 * Writes one checked image: the original into stored_file, its row (the first image becomes
 * primary) and its derivatives. The caller holds the transaction and writes the audit entry.
 */
export async function storeMotifImage(
  tx: Tx,
  input: {
    motifId: string;
    centreId: string;
    fileName: string;
    bytes: Buffer;
    caption: string | null;
    inspected: InspectedImage;
    variants: ImageVariant[];
    uploadedBy: string | null;
    uploadedByLabel: string;
  },
) {
  const { inspected } = input;
  const [stored] = await tx
    .insert(storedFiles)
    .values({
      centreId: input.centreId,
      fileName: safeFileName(input.fileName, 'motif'),
      mimeType: inspected.mimeType,
      sizeBytes: inspected.sizeBytes,
      sha256: inspected.sha256,
      content: input.bytes,
      uploadedBy: input.uploadedBy,
    })
    .returning({ id: storedFiles.id });
  if (!stored) throw new Error('original not written');
  const [existing] = await tx
    .select({ n: count(), last: max(motifImages.position) })
    .from(motifImages)
    .where(eq(motifImages.motifId, input.motifId));
  const [image] = await tx
    .insert(motifImages)
    .values({
      motifId: input.motifId,
      originalFileId: stored.id,
      sha256: inspected.sha256,
      mimeType: inspected.mimeType,
      width: inspected.orientedWidth,
      height: inspected.orientedHeight,
      caption: input.caption,
      isPrimary: (existing?.n ?? 0) === 0,
      position: (existing?.last ?? -1) + 1,
      uploadedBy: input.uploadedBy,
      uploadedByLabel: input.uploadedByLabel,
    })
    .returning();
  if (!image) throw new Error('image not written');
  await tx.insert(motifImageVariants).values(
    input.variants.map((v) => ({
      imageId: image.id,
      size: v.size,
      width: v.width,
      height: v.height,
      content: v.bytes,
    })),
  );
  await tx.update(motifs).set({ updatedAt: new Date() }).where(eq(motifs.id, input.motifId));
  return image;
}

async function refuseDuplicate(db: Db, ctx: RequestContext, sha256: string) {
  const [holder] = await db
    .select({ motif: motifs })
    .from(motifImages)
    .innerJoin(motifs, eq(motifs.id, motifImages.motifId))
    .where(eq(motifImages.sha256, sha256));
  if (!holder) return;
  if (await canSeeMotif(db, ctx.actor, holder.motif))
    throw new AppError('IMAGE_DUPLICATE', { sha256: sha256.slice(0, 12), motif: holder.motif.name });
  throw new AppError('IMAGE_DUPLICATE_HIDDEN', { sha256: sha256.slice(0, 12) });
}

async function findImage(db: Db, motifId: string, imageId: string) {
  const [row] = await db
    .select()
    .from(motifImages)
    .where(and(eq(motifImages.id, imageId), eq(motifImages.motifId, motifId)));
  if (!row) throw notFound(IMAGE);
  return row;
}

export async function updateImage(
  db: Db,
  ctx: RequestContext,
  motifId: string,
  imageId: string,
  input: { caption?: string | null | undefined; isPrimary?: boolean | undefined },
): Promise<TMotifImage[]> {
  const motif = await assertMotifAccess(db, ctx.actor, motifId);
  const before = await findImage(db, motifId, imageId);
  await db.transaction(async (tx) => {
    if (input.isPrimary) {
      await tx
        .update(motifImages)
        .set({ isPrimary: false })
        .where(and(eq(motifImages.motifId, motifId), ne(motifImages.id, imageId)));
    }
    const [after] = await tx
      .update(motifImages)
      .set({
        ...(input.caption !== undefined ? { caption: input.caption } : {}),
        ...(input.isPrimary ? { isPrimary: true } : {}),
      })
      .where(eq(motifImages.id, imageId))
      .returning();
    await recordAudit(tx, ctx, {
      entity: 'motif_image',
      entityId: imageId,
      centreId: motif.centreId,
      action: 'update',
      before: { caption: before.caption, isPrimary: before.isPrimary },
      after: { caption: after?.caption, isPrimary: after?.isPrimary },
    });
  });
  return loadImages(db, motifId);
}

/** Images of a motif with a filed or recorded right are evidence: they cannot be removed. */
export async function deleteImage(db: Db, ctx: RequestContext, motifId: string, imageId: string) {
  const motif = await assertMotifAccess(db, ctx.actor, motifId);
  const before = await findImage(db, motifId, imageId);
  const [held] = await db
    .select({ n: count() })
    .from(ipRecords)
    .where(and(eq(ipRecords.motifId, motifId), inArray(ipRecords.status, ['filed', 'recorded', 'expired'])));
  if ((held?.n ?? 0) > 0) throw new AppError('MOTIF_HAS_RECORDS');
  await db.transaction(async (tx) => {
    await tx.delete(motifImages).where(eq(motifImages.id, imageId));
    await tx.delete(storedFiles).where(eq(storedFiles.id, before.originalFileId));
    if (before.isPrimary) {
      const [next] = await tx
        .select({ id: motifImages.id })
        .from(motifImages)
        .where(eq(motifImages.motifId, motifId))
        .orderBy(motifImages.position)
        .limit(1);
      if (next) await tx.update(motifImages).set({ isPrimary: true }).where(eq(motifImages.id, next.id));
    }
    await recordAudit(tx, ctx, {
      entity: 'motif_image',
      entityId: imageId,
      centreId: motif.centreId,
      action: 'delete',
      before: { motifId, sha256: before.sha256 },
    });
  });
  return loadImages(db, motifId);
}

/**
 * The bytes of one image size. A published motif's images are public (the gallery shows them);
 * a draft's only to whoever may open the motif.
 */
export async function readImage(
  db: Db,
  actor: RequestContext['actor'] | null,
  imageId: string,
  size: 'thumb' | 'web' | 'large' | 'original',
): Promise<{ content: Buffer; mimeType: string; sha256: string; fileName: string }> {
  const [row] = await db
    .select({ image: motifImages, motif: motifs })
    .from(motifImages)
    .innerJoin(motifs, eq(motifs.id, motifImages.motifId))
    .where(eq(motifImages.id, imageId));
  if (!row) throw notFound(IMAGE);
  if (row.motif.status !== 'published' || size === 'original') {
    if (!actor) throw new AppError('UNAUTHENTICATED');
    await assertMotifAccess(db, actor, row.motif.id);
  }
  if (size === 'original') {
    const [file] = await db.select().from(storedFiles).where(eq(storedFiles.id, row.image.originalFileId));
    if (!file) throw notFound(IMAGE);
    return { content: file.content, mimeType: file.mimeType, sha256: file.sha256, fileName: file.fileName };
  }
  const [variant] = await db
    .select({ content: motifImageVariants.content })
    .from(motifImageVariants)
    .where(and(eq(motifImageVariants.imageId, imageId), eq(motifImageVariants.size, size)));
  if (!variant) throw notFound(IMAGE);
  return {
    content: variant.content,
    mimeType: 'image/webp',
    sha256: row.image.sha256,
    fileName: `${row.image.id}-${size}.webp`,
  };
}
