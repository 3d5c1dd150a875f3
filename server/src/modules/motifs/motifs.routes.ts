import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { errors, type ModuleDeps, ZNoContent, zodApp } from '../../lib/route-types.js';
import { buildEvidencePack } from './evidence/evidence-pack.js';
import {
  ZMotifDashboardSchema,
  ZMotifIdParamsSchema,
  ZMotifListQuerySchema,
  ZMotifListSchema,
  ZMotifRequestSchema,
  ZMotifSchema,
  ZUpdateMotifRequestSchema,
} from './motifs.schemas.js';
import * as service from './motifs.service.js';
import { MOTIF_EDITORS, MOTIF_READERS } from './motifs-roles.js';

export async function motifsRoutes(base: FastifyInstance, { db }: ModuleDeps) {
  const app = zodApp(base);
  const tags = ['motifs'];

  app.get('/api/motifs', {
    config: { access: MOTIF_READERS },
    schema: {
      tags,
      summary: 'Daftar motif dengan pencarian dan saringan (status, HKI, pemegang, teknik, akan berakhir)',
      querystring: ZMotifListQuerySchema,
      response: { 200: ZMotifListSchema, ...errors(400, 401, 403) },
    },
    handler: async (req) => service.listMotifs(db, req.ctx(), req.query),
  });

  app.get('/api/motifs/dashboard', {
    config: { access: MOTIF_READERS },
    schema: {
      tags,
      summary: 'Ringkasan motif dan HKI: jumlah per status dan jenis',
      response: { 200: ZMotifDashboardSchema, ...errors(401, 403) },
    },
    handler: async (req) => service.motifDashboard(db, req.ctx()),
  });

  app.post('/api/motifs', {
    config: { access: MOTIF_EDITORS },
    schema: {
      tags,
      summary: 'Tambah motif (perajin: untuk usahanya sendiri)',
      querystring: z.object({ centreId: z.uuid().optional().describe('Hanya admin lintas sentra') }),
      body: ZMotifRequestSchema,
      response: { 201: ZMotifSchema, ...errors(400, 401, 403, 404) },
    },
    handler: async (req, reply) =>
      reply.status(201).send(await service.createMotif(db, req.ctx(), req.body, req.query.centreId)),
  });

  app.get('/api/motifs/:id', {
    config: { access: MOTIF_READERS },
    schema: {
      tags,
      summary: 'Rincian motif: pencipta, gambar, catatan HKI dengan masa pelindungan',
      params: ZMotifIdParamsSchema,
      response: { 200: ZMotifSchema, ...errors(400, 401, 403, 404) },
    },
    handler: async (req) => service.getMotif(db, req.ctx(), req.params.id),
  });

  app.patch('/api/motifs/:id', {
    config: { access: MOTIF_EDITORS },
    schema: {
      tags,
      summary: 'Ubah motif (pencipta dikirim lengkap bila diubah)',
      params: ZMotifIdParamsSchema,
      body: ZUpdateMotifRequestSchema,
      response: { 200: ZMotifSchema, ...errors(400, 401, 403, 404) },
    },
    handler: async (req) => service.updateMotif(db, req.ctx(), req.params.id, req.body),
  });

  app.delete('/api/motifs/:id', {
    config: { access: MOTIF_EDITORS },
    schema: {
      tags,
      summary: 'Hapus motif yang belum punya HKI diajukan/tercatat',
      params: ZMotifIdParamsSchema,
      response: { 204: ZNoContent, ...errors(400, 401, 403, 404, 409) },
    },
    handler: async (req, reply) => {
      await service.deleteMotif(db, req.ctx(), req.params.id);
      return reply.status(204).send();
    },
  });

  app.get('/api/motifs/:id/evidence-pack', {
    config: { access: MOTIF_READERS },
    schema: {
      tags,
      summary: 'Paket bukti (zip): berkas asli, SHA-256, waktu server, pengunggah, catatan HKI, ringkasan',
      params: ZMotifIdParamsSchema,
      response: { 200: z.any().describe('Berkas zip'), ...errors(400, 401, 403, 404) },
    },
    handler: async (req, reply) => {
      const pack = await buildEvidencePack(db, req.ctx(), req.params.id);
      return reply
        .header('content-type', 'application/zip')
        .header('content-disposition', `attachment; filename="${pack.fileName}"`)
        .header('cache-control', 'no-store')
        .send(Buffer.from(pack.zip));
    },
  });
}
