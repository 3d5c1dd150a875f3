import type { FastifyInstance } from 'fastify';
import { errors, type ModuleDeps, zodApp } from '../../../lib/route-types.js';
import { REGISTRY_WRITERS } from '../registry-roles.js';
import {
  ZDismissalSchema,
  ZDismissDuplicateRequestSchema,
  ZDuplicateListQuerySchema,
  ZDuplicateListResponseSchema,
  ZMergeExplanationSchema,
  ZMergeIdParamsSchema,
  ZMergeListQuerySchema,
  ZMergeListResponseSchema,
  ZMergeRequestSchema,
  ZMergeResultSchema,
} from './duplicates.schemas.js';
import * as service from './duplicates.service.js';

/** Duplicate detection and merge: the Dinas (admin, officer) keeps the registry clean. */
export async function duplicatesRoutes(base: FastifyInstance, { db }: ModuleDeps) {
  const app = zodApp(base);
  const tags = ['registry'];

  app.get('/api/registry/duplicates', {
    config: { access: REGISTRY_WRITERS },
    schema: {
      tags,
      summary:
        'Pasangan kandidat duplikat: NIB sama, nama mirip di kelurahan yang sama, telepon sama, pemilik sama',
      querystring: ZDuplicateListQuerySchema,
      response: { 200: ZDuplicateListResponseSchema, ...errors(400, 401, 403) },
    },
    handler: async (req) => service.listCandidates(db, req.ctx(), req.query),
  });

  app.post('/api/registry/duplicates/dismiss', {
    config: { access: REGISTRY_WRITERS },
    schema: {
      tags,
      summary: 'Tandai pasangan sebagai "bukan duplikat" agar tidak ditawarkan lagi',
      body: ZDismissDuplicateRequestSchema,
      response: { 201: ZDismissalSchema, ...errors(400, 401, 403, 404, 409) },
    },
    handler: async (req, reply) => reply.status(201).send(await service.dismissPair(db, req.ctx(), req.body)),
  });

  app.post('/api/registry/duplicates/merge', {
    config: { access: REGISTRY_WRITERS },
    schema: {
      tags,
      summary:
        'Gabungkan dua data usaha: orang, produk, sertifikasi, laporan, persetujuan, KBLI dan akun pindah ke data yang dipertahankan',
      body: ZMergeRequestSchema,
      response: { 201: ZMergeResultSchema, ...errors(400, 401, 403, 404, 409) },
    },
    handler: async (req, reply) =>
      reply.status(201).send(await service.mergeBusinesses(db, req.ctx(), req.body)),
  });

  app.get('/api/registry/merges', {
    config: { access: REGISTRY_WRITERS },
    schema: {
      tags,
      summary: 'Penggabungan yang melibatkan satu usaha',
      querystring: ZMergeListQuerySchema,
      response: { 200: ZMergeListResponseSchema, ...errors(400, 401, 403, 404) },
    },
    handler: async (req) => service.listMerges(db, req.ctx(), req.query.businessId),
  });

  app.get('/api/registry/merges/:id', {
    config: { access: REGISTRY_WRITERS },
    schema: {
      tags,
      summary:
        'Penjelasan satu penggabungan: siapa, kapan, mengapa, apa yang dipindahkan, data sebelum digabung',
      params: ZMergeIdParamsSchema,
      response: { 200: ZMergeExplanationSchema, ...errors(400, 401, 403, 404) },
    },
    handler: async (req) => service.explainMerge(db, req.ctx(), req.params.id),
  });
}
