import { and, eq } from 'drizzle-orm';
import exifReader from 'exif-reader';
import sharp from 'sharp';
import type { Db } from '../../../db/client.js';
import { AppError, notFound } from '../../../lib/app-error.js';
import type { RequestContext } from '../../accounts/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import { inspectImage } from '../../motifs/images/image-intake.js';
import { safeFileName } from '../../motifs/ip/ip-records.service.js';
import { storedFiles } from '../../registry/registry.tables.js';
import { boqItems, progressPhotos, weeklyReports } from '../projects.tables.js';
import { loadContract } from '../projects-access.js';

export interface PhotoEvidence {
  /** DateTimeOriginal as the camera wrote it (its own clock, no zone): evidence, not truth. */
  takenAt: string | null;
  latitude: number | null;
  longitude: number | null;
}

const dms = (v: unknown): number | null => {
  if (!Array.isArray(v) || v.length < 3) return null;
  const [d, m, s] = v.map(Number) as [number, number, number];
  return [d, m, s].every(Number.isFinite) ? d + m / 60 + s / 3600 : null;
};

/** The camera's time and GPS position from the EXIF block, when the phone wrote them. */
export async function photoEvidence(bytes: Buffer): Promise<PhotoEvidence> {
  const meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  if (!meta.exif) return { takenAt: null, latitude: null, longitude: null };
  try {
    const exif = exifReader(meta.exif);
    const taken = exif.Photo?.DateTimeOriginal ?? exif.Image?.DateTime;
    const gps = exif.GPSInfo;
    const lat = dms(gps?.GPSLatitude);
    const lon = dms(gps?.GPSLongitude);
    return {
      // exif-reader reads the camera's wall-clock time as if it were UTC: keep it as written.
      takenAt: taken instanceof Date ? taken.toISOString().slice(0, 19).replace('T', ' ') : null,
      latitude: lat === null ? null : gps?.GPSLatitudeRef === 'S' ? -lat : lat,
      longitude: lon === null ? null : gps?.GPSLongitudeRef === 'W' ? -lon : lon,
    };
  } catch {
    return { takenAt: null, latitude: null, longitude: null };
  }
}

/**
 * A site photo for a weekly report: checked like every image (the bytes decide), kept unchanged
 * with its SHA-256, its EXIF time and GPS recorded beside the server's time. Not on an approved
 * report: approval locks it.
 */
export async function addPhoto(
  db: Db,
  ctx: RequestContext,
  contractId: string,
  reportId: string,
  file: { fileName: string; bytes: Buffer; itemId: string | null; caption: string | null },
) {
  const contract = await loadContract(db, ctx.actor, contractId);
  const [report] = await db
    .select()
    .from(weeklyReports)
    .where(and(eq(weeklyReports.id, reportId), eq(weeklyReports.contractId, contractId)));
  if (!report) throw notFound({ id: 'Laporan mingguan', en: 'Weekly report' });
  if (report.status === 'approved') throw new AppError('WEEKLY_REPORT_LOCKED', { week: report.week });
  if (file.itemId) {
    const [item] = await db
      .select({ id: boqItems.id })
      .from(boqItems)
      .where(and(eq(boqItems.id, file.itemId), eq(boqItems.contractId, contractId)));
    if (!item) throw notFound({ id: 'Item pekerjaan', en: 'Work item' });
  }
  const inspected = await inspectImage(file.bytes);
  const evidence = await photoEvidence(file.bytes);
  const thumb = await sharp(file.bytes, { limitInputPixels: 50_000_000 })
    .rotate()
    .resize(320, 320, { fit: 'inside', withoutEnlargement: true })
    .webp({ quality: 70 })
    .toBuffer();
  await db.transaction(async (tx) => {
    const [stored] = await tx
      .insert(storedFiles)
      .values({
        centreId: contract.centreId,
        fileName: safeFileName(file.fileName, 'foto'),
        mimeType: inspected.mimeType,
        sizeBytes: inspected.sizeBytes,
        sha256: inspected.sha256,
        content: file.bytes,
        uploadedBy: ctx.actor.userId,
      })
      .returning({ id: storedFiles.id });
    if (!stored) throw new Error('photo not written');
    const [row] = await tx
      .insert(progressPhotos)
      .values({
        reportId,
        itemId: file.itemId,
        fileId: stored.id,
        caption: file.caption,
        ...evidence,
        thumb: thumb.toString('base64'),
        uploadedByLabel: ctx.actor.label,
      })
      .returning();
    if (!row) throw new Error('photo not written');
    await recordAudit(tx, ctx, {
      entity: 'project_photo',
      entityId: row.id,
      centreId: contract.centreId,
      action: 'create',
      after: { reportId, sha256: inspected.sha256, ...evidence },
    });
  });
}

export async function readPhoto(db: Db, ctx: RequestContext, photoId: string, size: 'thumb' | 'original') {
  const [row] = await db
    .select({ photo: progressPhotos, contractId: weeklyReports.contractId })
    .from(progressPhotos)
    .innerJoin(weeklyReports, eq(weeklyReports.id, progressPhotos.reportId))
    .where(eq(progressPhotos.id, photoId));
  if (!row) throw notFound({ id: 'Foto', en: 'Photo' });
  await loadContract(db, ctx.actor, row.contractId);
  if (size === 'thumb' && row.photo.thumb)
    return { content: Buffer.from(row.photo.thumb, 'base64'), mimeType: 'image/webp', sha256: '' };
  const [file] = await db.select().from(storedFiles).where(eq(storedFiles.id, row.photo.fileId));
  if (!file) throw notFound({ id: 'Foto', en: 'Photo' });
  return { content: file.content, mimeType: file.mimeType, sha256: file.sha256 };
}
