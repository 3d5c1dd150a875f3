import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../../lib/app-error.js';
import { errors, type ModuleDeps, ZErrorResponseSchema, zodApp } from '../../../lib/route-types.js';
import { REGISTRY_WRITERS } from '../registry-roles.js';
import { exportRoutes } from './export.routes.js';
import {
  ZCommitImportRequestSchema,
  ZCommitImportResponseSchema,
  ZImportIdParamsSchema,
  ZImportPreviewSchema,
  ZImportQuerySchema,
} from './import.schemas.js';
import { commitImport } from './import-commit.service.js';
import { getImport, previewImport } from './import-preview.service.js';
import { templateBytes } from './template.js';

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The multipart plugin's own refusals, in our error shape and the user's language. */
function uploadError(err: unknown): AppError {
  const code = (err as { code?: string }).code;
  if (code === 'FST_REQ_FILE_TOO_LARGE') return new AppError('FILE_TOO_LARGE', { limit: '20 MB' });
  if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT') return new AppError('NO_FILE', {}, code);
  return new AppError('IMPORT_NOT_MULTIPART', {}, `${code ?? ''} ${(err as Error).message}`);
}

async function receiveFile(req: FastifyRequest): Promise<{ fileName: string; bytes: Buffer }> {
  if (!req.isMultipart()) throw new AppError('IMPORT_NOT_MULTIPART');
  try {
    const part = await req.file();
    if (part?.fieldname !== 'file') throw new AppError('NO_FILE', {}, part?.fieldname);
    return { fileName: part.filename || 'berkas', bytes: await part.toBuffer() };
  } catch (err) {
    throw err instanceof AppError ? err : uploadError(err);
  }
}

/** Registry import (template, preview, commit) and export, with multipart in this scope only. */
export async function registryImportRoutes(base: FastifyInstance, { db }: ModuleDeps) {
  await base.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 5, parts: 6 } });
  const app = zodApp(base);
  const tags = ['registry'];
  const config = { access: REGISTRY_WRITERS };

  app.get('/api/registry/import/template.xlsx', {
    config,
    schema: {
      tags,
      summary: 'Unduh templat impor registri IKM (xlsx dengan contoh dan lembar Petunjuk)',
      response: {
        200: z
          .any()
          .describe(
            'Berkas xlsx: lembar "Data usaha" (judul kolom + satu baris contoh) dan lembar "Petunjuk"',
          ),
        ...errors(401, 403),
      },
    },
    handler: async (_req, reply) =>
      reply
        .header('content-type', XLSX)
        .header('content-disposition', 'attachment; filename="templat-impor-registri-ikm.xlsx"')
        .send(await templateBytes()),
  });

  app.post('/api/registry/import', {
    config,
    schema: {
      tags,
      summary:
        'Unggah xlsx/csv untuk pratinjau impor: setiap masalah per baris dan kolom, tindakan per baris',
      description:
        'multipart/form-data, satu berkas di kolom "file" (≤ 20 MB, ≤ 20.000 baris). Jenis berkas dikenali dari isinya. ' +
        'Belum ada yang disimpan ke registri sampai POST /api/registry/import/{id}/commit.',
      consumes: ['multipart/form-data'],
      querystring: ZImportQuerySchema,
      // Described for the OpenAPI document only: @fastify/multipart streams the part, so the
      // body stays empty for validation (hence optional) and the handler reads the file itself.
      body: z
        .object({
          file: z
            .string()
            .meta({ format: 'binary' })
            .describe('Berkas .xlsx atau .csv (UTF-8, pemisah koma atau titik koma)'),
        })
        .nullish(),
      response: { 201: ZImportPreviewSchema, ...errors(400, 401, 403, 413), 415: ZErrorResponseSchema },
    },
    handler: async (req, reply) => {
      const ctx = req.ctx();
      const file = await receiveFile(req);
      return reply.status(201).send(await previewImport(db, ctx, file, req.query.centreId));
    },
  });

  app.get('/api/registry/import/:id', {
    config,
    schema: {
      tags,
      summary: 'Pratinjau impor yang tersimpan (dan hasilnya bila sudah dijalankan)',
      params: ZImportIdParamsSchema,
      response: { 200: ZImportPreviewSchema, ...errors(400, 401, 403, 404) },
    },
    handler: async (req) => getImport(db, req.ctx(), req.params.id),
  });

  app.post('/api/registry/import/:id/commit', {
    config,
    schema: {
      tags,
      summary: 'Jalankan impor dalam satu transaksi: hanya baris valid, atau semua-atau-tidak-sama-sekali',
      params: ZImportIdParamsSchema,
      body: ZCommitImportRequestSchema,
      response: { 200: ZCommitImportResponseSchema, ...errors(400, 401, 403, 404, 409) },
    },
    handler: async (req) => commitImport(db, req.ctx(), req.params.id, req.body.mode),
  });

  exportRoutes(app, db);
}
