import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { readSingleUpload } from '../../../lib/multipart-upload.js';
import { errors, type ModuleDeps, ZNoContent, zodApp } from '../../../lib/route-types.js';
import {
  ZIpRecordRequestSchema,
  ZIpRecordSchema,
  ZIpStatusChangeSchema,
  ZMotifChildParamsSchema,
  ZMotifIdParamsSchema,
  ZRecordingRequestSchema,
  ZUpdateIpRecordRequestSchema,
} from '../motifs.schemas.js';
import { IP_KEEPERS, MOTIF_EDITORS, MOTIF_READERS } from '../motifs-roles.js';
import * as service from './ip-records.service.js';

export async function ipRecordsRoutes(base: FastifyInstance, { db }: ModuleDeps) {
  await base.register(multipart, {
    limits: { fileSize: service.MAX_IP_DOCUMENT_BYTES, files: 1, fields: 3 },
  });
  const app = zodApp(base);
  const tags = ['motifs'];
  const keepers = { access: IP_KEEPERS };

  app.post('/api/motifs/:id/ip-records', {
    config: keepers,
    schema: {
      tags,
      summary: 'Tambah catatan HKI (Hak Cipta, Desain Industri, KIK) dengan status draf/diajukan/tercatat',
      params: ZMotifIdParamsSchema,
      body: ZIpRecordRequestSchema,
      response: { 201: ZIpRecordSchema, ...errors(400, 401, 403, 404, 409) },
    },
    handler: async (req, reply) =>
      reply.status(201).send(await service.createIpRecord(db, req.ctx(), req.params.id, req.body)),
  });

  app.patch('/api/motifs/:id/ip-records/:childId', {
    config: keepers,
    schema: {
      tags,
      summary: 'Ubah data catatan HKI (status diubah lewat /status)',
      params: ZMotifChildParamsSchema,
      body: ZUpdateIpRecordRequestSchema,
      response: { 200: ZIpRecordSchema, ...errors(400, 401, 403, 404, 409) },
    },
    handler: async (req) =>
      service.updateIpRecord(db, req.ctx(), req.params.id, req.params.childId, req.body),
  });

  app.post('/api/motifs/:id/ip-records/:childId/status', {
    config: keepers,
    schema: {
      tags,
      summary: 'Ubah status catatan HKI (diminta → draf → diajukan → tercatat; ditolak; berakhir)',
      params: ZMotifChildParamsSchema,
      body: ZIpStatusChangeSchema,
      response: { 200: ZIpRecordSchema, ...errors(400, 401, 403, 404, 409) },
    },
    handler: async (req) =>
      service.changeIpStatus(
        db,
        req.ctx(),
        req.params.id,
        req.params.childId,
        req.body.status,
        req.body.note,
      ),
  });

  app.delete('/api/motifs/:id/ip-records/:childId', {
    config: keepers,
    schema: {
      tags,
      summary: 'Hapus catatan HKI yang masih diminta/draf',
      params: ZMotifChildParamsSchema,
      response: { 204: ZNoContent, ...errors(400, 401, 403, 404, 409) },
    },
    handler: async (req, reply) => {
      await service.deleteIpRecord(db, req.ctx(), req.params.id, req.params.childId);
      return reply.status(204).send();
    },
  });

  app.post('/api/motifs/:id/recording-requests', {
    config: { access: MOTIF_EDITORS },
    schema: {
      tags,
      summary: 'Perajin meminta bantuan Dinas untuk mencatatkan motifnya',
      params: ZMotifIdParamsSchema,
      body: ZRecordingRequestSchema,
      response: { 201: ZIpRecordSchema, ...errors(400, 401, 403, 404, 409) },
    },
    handler: async (req, reply) =>
      reply.status(201).send(await service.requestRecording(db, req.ctx(), req.params.id, req.body)),
  });

  app.post('/api/motifs/:id/ip-records/:childId/documents', {
    config: keepers,
    schema: {
      tags,
      summary: 'Unggah sertifikat/dokumen HKI (multipart: "file" PDF/PNG/JPEG ≤ 10 MB, "label")',
      consumes: ['multipart/form-data'],
      params: ZMotifChildParamsSchema,
      response: { 200: ZIpRecordSchema, ...errors(400, 401, 403, 404, 413) },
    },
    handler: async (req) => {
      const upload = await readSingleUpload(req, '10 MB');
      const raw = upload.fields.label ?? 'sertifikat';
      const label = (['sertifikat', 'formulir', 'lainnya'] as const).find((l) => l === raw) ?? 'lainnya';
      return service.attachIpDocument(db, req.ctx(), req.params.id, req.params.childId, {
        fileName: upload.fileName,
        bytes: upload.bytes,
        label,
      });
    },
  });

  app.get('/api/motifs/ip-documents/:fileId', {
    config: { access: MOTIF_READERS },
    schema: {
      tags,
      summary: 'Unduh sertifikat/dokumen HKI',
      params: z.object({ fileId: z.uuid() }),
      response: { 200: z.any().describe('Isi berkas'), ...errors(400, 401, 403, 404) },
    },
    handler: async (req, reply) => {
      const file = await service.readIpDocument(db, req.ctx(), req.params.fileId);
      return reply
        .header('content-type', file.mimeType)
        .header('content-disposition', `attachment; filename="${file.fileName.replace(/"/g, '')}"`)
        .header('x-content-sha256', file.sha256)
        .send(file.content);
    },
  });
}
