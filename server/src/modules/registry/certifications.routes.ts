import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { readSingleUpload } from '../../lib/multipart-upload.js';
import { errors, type ModuleDeps, ZNoContent, zodApp } from '../../lib/route-types.js';
import * as service from './certifications.service.js';
import {
  ZBusinessIdParamsSchema,
  ZCertificationRequestSchema,
  ZCertificationSchema,
  ZChildParamsSchema,
  ZUpdateCertificationRequestSchema,
} from './registry.schemas.js';
import { REGISTRY_EDITORS, REGISTRY_READERS } from './registry-roles.js';

export async function certificationsRoutes(base: FastifyInstance, { db }: ModuleDeps) {
  await base.register(multipart, { limits: { fileSize: service.MAX_DOCUMENT_BYTES, files: 1, fields: 5 } });
  const app = zodApp(base);
  const tags = ['registry'];
  const access = { access: REGISTRY_EDITORS };

  app.post('/api/registry/businesses/:id/certifications', {
    config: access,
    schema: {
      tags,
      summary: 'Tambah sertifikasi (Batikmark, SNI 8302/8303/8304, halal, PIRT…)',
      params: ZBusinessIdParamsSchema,
      body: ZCertificationRequestSchema,
      response: { 201: ZCertificationSchema, ...errors(400, 401, 403, 404, 409) },
    },
    handler: async (req, reply) =>
      reply.status(201).send(await service.addCertification(db, req.ctx(), req.params.id, req.body)),
  });

  app.patch('/api/registry/businesses/:id/certifications/:childId', {
    config: access,
    schema: {
      tags,
      summary: 'Ubah sertifikasi',
      params: ZChildParamsSchema,
      body: ZUpdateCertificationRequestSchema,
      response: { 200: ZCertificationSchema, ...errors(400, 401, 403, 404, 409) },
    },
    handler: async (req) =>
      service.updateCertification(db, req.ctx(), req.params.id, req.params.childId, req.body),
  });

  app.delete('/api/registry/businesses/:id/certifications/:childId', {
    config: access,
    schema: {
      tags,
      summary: 'Hapus sertifikasi',
      params: ZChildParamsSchema,
      response: { 204: ZNoContent, ...errors(400, 401, 403, 404, 409) },
    },
    handler: async (req, reply) => {
      await service.removeCertification(db, req.ctx(), req.params.id, req.params.childId);
      return reply.status(204).send();
    },
  });

  app.post('/api/registry/businesses/:id/certifications/:childId/document', {
    config: access,
    schema: {
      tags,
      summary: 'Unggah dokumen sertifikat (multipart, kolom "file": PDF/PNG/JPEG ≤ 10 MB)',
      consumes: ['multipart/form-data'],
      params: ZChildParamsSchema,
      response: { 200: ZCertificationSchema, ...errors(400, 401, 403, 404, 409, 413) },
    },
    handler: async (req) => {
      const upload = await readSingleUpload(req, '10 MB');
      return service.attachDocument(db, req.ctx(), req.params.id, req.params.childId, {
        fileName: upload.fileName,
        bytes: upload.bytes,
      });
    },
  });

  app.get('/api/registry/files/:fileId', {
    config: { access: REGISTRY_READERS },
    schema: {
      tags,
      summary: 'Unduh dokumen sertifikat',
      params: z.object({ fileId: z.uuid() }),
      response: { 200: z.any().describe('Isi berkas (PDF/PNG/JPEG)'), ...errors(400, 401, 403, 404) },
    },
    handler: async (req, reply) => {
      const file = await service.readDocument(db, req.ctx(), req.params.fileId);
      return reply
        .header('content-type', file.mimeType)
        .header('content-disposition', `attachment; filename="${file.fileName.replace(/"/g, '')}"`)
        .header('x-content-sha256', file.sha256)
        .send(file.content);
    },
  });
}
