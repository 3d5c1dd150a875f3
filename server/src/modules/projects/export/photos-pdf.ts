import sharp from 'sharp';
import type { Db } from '../../../db/client.js';
import { todayInJakarta } from '../../../lib/dates.js';
import type { RequestContext } from '../../accounts/actor.js';
import type { TWeeklyReport } from '../projects.schemas.js';
import { readPhoto } from '../reports/photos.service.js';
import { cameraTime, gps, pdfText, tanggal } from './pdf-format.js';
import type { Box, Doc } from './s-curve-pdf.js';

export const MAX_PDF_PHOTOS = 6;
/** Longest side of a photo in the PDF: enough for print at the size shown, small enough to mail. */
export const PDF_PHOTO_PX = 600;

export interface PdfPhoto {
  /** Downscaled JPEG, upright; null when the stored original could not be decoded. */
  jpeg: Buffer | null;
  caption: string | null;
  takenAt: string | null;
  latitude: number | null;
  longitude: number | null;
  uploadedByLabel: string;
  uploadedAt: string;
}

/**
 * The first six site photos of the report, from their stored originals: turned upright by their
 * EXIF orientation and downscaled to a JPEG of at most 600 px. The EXIF time and GPS shown are
 * the ones recorded when the photo was uploaded.
 */
export async function preparePhotos(
  db: Db,
  ctx: RequestContext,
  report: TWeeklyReport,
): Promise<{ photos: PdfPhoto[]; total: number }> {
  const photos: PdfPhoto[] = [];
  for (const p of report.photos.slice(0, MAX_PDF_PHOTOS)) {
    const original = await readPhoto(db, ctx, p.id, 'original');
    let jpeg: Buffer | null = null;
    try {
      jpeg = await sharp(original.content, { limitInputPixels: 50_000_000 })
        .rotate()
        .resize(PDF_PHOTO_PX, PDF_PHOTO_PX, { fit: 'inside', withoutEnlargement: true })
        .jpeg({ quality: 78, mozjpeg: true })
        .toBuffer();
    } catch {
      jpeg = null;
    }
    photos.push({
      jpeg,
      caption: p.caption,
      takenAt: p.takenAt,
      latitude: p.latitude,
      longitude: p.longitude,
      uploadedByLabel: p.uploadedByLabel,
      uploadedAt: p.uploadedAt,
    });
  }
  return { photos, total: report.photos.length };
}

/** The lines under a photo: caption, EXIF time, GPS, who uploaded it. */
export function photoCaptionLines(p: PdfPhoto): string[] {
  return [
    p.caption ?? '(tanpa keterangan)',
    `Waktu EXIF: ${p.takenAt ? cameraTime(p.takenAt) : 'tidak ada'}`,
    `GPS: ${p.latitude !== null && p.longitude !== null ? gps(p.latitude, p.longitude) : 'tidak ada'}`,
    `Diunggah ${tanggal(todayInJakarta(new Date(p.uploadedAt)))} oleh ${p.uploadedByLabel}`,
  ];
}

/** One photo in its cell: the image fitted in the upper part, the caption lines below. */
export function drawPhotoCell(doc: Doc, cell: Box, p: PdfPhoto, imageHeight: number): void {
  doc.lineWidth(0.5).strokeColor('#c7ccd6').rect(cell.x, cell.y, cell.width, imageHeight).stroke();
  if (p.jpeg) {
    doc.image(p.jpeg, cell.x + 2, cell.y + 2, {
      fit: [cell.width - 4, imageHeight - 4],
      align: 'center',
      valign: 'center',
    });
  } else {
    doc
      .font('Helvetica-Oblique')
      .fontSize(8)
      .fillColor('#6b7280')
      .text('Foto tidak dapat dibaca', cell.x, cell.y + imageHeight / 2 - 4, {
        width: cell.width,
        align: 'center',
      });
  }
  const [caption, ...meta] = photoCaptionLines(p);
  doc
    .font('Helvetica-Bold')
    .fontSize(8)
    .fillColor('#111827')
    .text(pdfText(caption ?? ''), cell.x, cell.y + imageHeight + 4, {
      width: cell.width,
      height: 20,
      ellipsis: true,
    });
  doc.font('Helvetica').fontSize(7).fillColor('#374151');
  for (const line of meta) doc.text(pdfText(line), { width: cell.width, height: 9, ellipsis: true });
}
