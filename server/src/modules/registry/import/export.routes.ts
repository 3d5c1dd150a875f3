import { z } from 'zod';
import type { Db } from '../../../db/client.js';
import { errors, type ZodApp } from '../../../lib/route-types.js';
import { ZBusinessListQuerySchema } from '../registry.schemas.js';
import { REGISTRY_READERS } from '../registry-roles.js';
import { type ExportFormat, exportBusinesses, exportFileName } from './export.service.js';

/** The list's filters and sort, without paging: the export is the whole filtered list. */
export const ZExportQuerySchema = ZBusinessListQuerySchema.omit({ page: true, pageSize: true });

const CONTENT_TYPES: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

const DESCRIPTIONS: Record<ExportFormat, string> = {
  xlsx:
    'Berkas xlsx (lembar "Registri IKM"): kolom templat impor ditambah kelas usaha, kecamatan, kelurahan dan sertifikasi; ' +
    "angka sebagai angka; teks yang diawali = + - @ diberi awalan ' (anti formula injection); tanpa NIK.",
  csv:
    'Berkas CSV UTF-8 dengan BOM, pemisah ";" dan koma desimal (Excel berbahasa Indonesia membukanya langsung); ' +
    "kolom sama dengan xlsx; teks yang diawali = + - @ diberi awalan '; tanpa NIK.",
};

export function exportRoutes(app: ZodApp, db: Db) {
  for (const format of ['xlsx', 'csv'] as const) {
    app.get(`/api/registry/businesses/export.${format}`, {
      config: { access: REGISTRY_READERS },
      schema: {
        tags: ['registry'],
        summary: `Ekspor daftar usaha IKM yang tersaring ke ${format} (filter sama dengan daftar, tanpa halaman)`,
        description:
          'Cakupan sama dengan daftar: petugas melihat sentranya, perajin hanya usahanya sendiri. Nama berkas memuat tanggal, mis. registri-ikm-2026-11-28.' +
          format,
        querystring: ZExportQuerySchema,
        response: { 200: z.any().describe(DESCRIPTIONS[format]), ...errors(400, 401, 403) },
      },
      handler: async (req, reply) => {
        const stream = await exportBusinesses(db, req.ctx(), req.query, format);
        return reply
          .header('content-type', CONTENT_TYPES[format])
          .header('content-disposition', `attachment; filename="${exportFileName(format)}"`)
          .header('cache-control', 'no-store')
          .send(stream);
      },
    });
  }
}
