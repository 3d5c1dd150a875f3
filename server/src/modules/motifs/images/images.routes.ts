import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { readSingleUpload } from '../../../lib/multipart-upload.js';
import { errors, type ModuleDeps, ZNoContent, zodApp } from '../../../lib/route-types.js';
import {
  ZImageVariantParamsSchema,
  ZMotifChildParamsSchema,
  ZMotifIdParamsSchema,
  ZMotifImageSchema,
} from '../motifs.schemas.js';
import { MOTIF_EDITORS } from '../motifs-roles.js';
import { MAX_IMAGE_BYTES } from './image-intake.js';
import * as service from './images.service.js';

const LIMIT_LABEL = `${MAX_IMAGE_BYTES / 1024 / 1024} MB`;

export async function motifImagesRoutes(base: FastifyInstance, { db }: ModuleDeps) {
  await base.register(multipart, { limits: { fileSize: MAX_IMAGE_BYTES, files: 1, fields: 3 } });
  const app = zodApp(base);
  const tags = ['motifs'];

  app.post('/api/motifs/:id/images', {
    config: { access: MOTIF_EDITORS },
    schema: {
      tags,
      summary: `Unggah gambar motif (multipart: "file" JPEG/PNG/WebP ≤ ${LIMIT_LABEL}; "caption" opsional, sebelum atau sesudah berkas)`,
      consumes: ['multipart/form-data'],
      params: ZMotifIdParamsSchema,
      response: { 201: z.array(ZMotifImageSchema), ...errors(400, 401, 403, 404, 409, 413) },
    },
    handler: async (req, reply) => {
      const upload = await readSingleUpload(req, LIMIT_LABEL);
      const caption = (upload.fields.caption ?? '').trim().slice(0, 300);
      const images = await service.uploadImage(db, req.ctx(), req.params.id, {
        fileName: upload.fileName,
        bytes: upload.bytes,
        caption: caption || null,
      });
      return reply.status(201).send(images);
    },
  });

  app.patch('/api/motifs/:id/images/:childId', {
    config: { access: MOTIF_EDITORS },
    schema: {
      tags,
      summary: 'Ubah keterangan gambar atau jadikan gambar utama',
      params: ZMotifChildParamsSchema,
      body: z.strictObject({
        caption: z.string().trim().max(300).nullish(),
        isPrimary: z.literal(true).optional(),
      }),
      response: { 200: z.array(ZMotifImageSchema), ...errors(400, 401, 403, 404) },
    },
    handler: async (req) => service.updateImage(db, req.ctx(), req.params.id, req.params.childId, req.body),
  });

  app.delete('/api/motifs/:id/images/:childId', {
    config: { access: MOTIF_EDITORS },
    schema: {
      tags,
      summary: 'Hapus gambar (tidak bisa bila motif sudah punya HKI diajukan/tercatat)',
      params: ZMotifChildParamsSchema,
      response: { 200: z.array(ZMotifImageSchema), ...errors(400, 401, 403, 404, 409) },
    },
    handler: async (req) => service.deleteImage(db, req.ctx(), req.params.id, req.params.childId),
  });

  app.get('/api/motifs/images/:imageId/:size', {
    // Published motifs' web sizes are public (gallery); drafts and originals are checked inside.
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'Gambar motif: thumb/web/large (WebP) atau original (berkas asli)',
      params: ZImageVariantParamsSchema,
      response: { 200: z.any().describe('Isi gambar'), 304: ZNoContent, ...errors(400, 401, 403, 404) },
    },
    handler: async (req, reply) => {
      const ctxActor = req.actor;
      const image = await service.readImage(db, ctxActor, req.params.imageId, req.params.size);
      const etag = `"${image.sha256.slice(0, 32)}-${req.params.size}"`;
      if (req.headers['if-none-match'] === etag) return reply.status(304).send();
      reply
        .header('content-type', image.mimeType)
        .header('etag', etag)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, max-age=86400');
      if (req.params.size === 'original')
        reply
          .header('content-disposition', `attachment; filename="${image.fileName.replace(/"/g, '')}"`)
          .header('x-content-sha256', image.sha256);
      return reply.send(image.content);
    },
  });
}
