import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { errors, ZNoContent, type ZodApp } from '../../lib/route-types.js';
import * as blocks from './blocks.service.js';
import {
  ZBlockListQuerySchema,
  ZBlockRequestSchema,
  ZBlockSchema,
  ZIdParamsSchema,
  ZNoticeSchema,
  ZTrainingListQuerySchema,
  ZTrainingRequestSchema,
  ZTrainingSchema,
} from './facilities.schemas.js';
import { FACILITY_MANAGERS, FACILITY_READERS, FACILITY_STAFF } from './facilities-roles.js';
import * as notices from './notices.service.js';
import * as trainings from './trainings.service.js';

/** Maintenance blocks, training records and the notices to businesses. */
export function blockRoutes(app: ZodApp, db: Db, tags: string[]) {
  const staff = { access: FACILITY_STAFF };
  const manage = { access: FACILITY_MANAGERS };

  app.get('/api/facilities/blocks', {
    config: staff,
    schema: {
      tags,
      summary: 'Penutupan perawatan, dengan pemesanan terdampak dan penyelesaiannya',
      querystring: ZBlockListQuerySchema,
      response: { 200: z.array(ZBlockSchema), ...errors(400, 401, 403) },
    },
    handler: async (req) => blocks.listBlocks(db, req.ctx(), req.query),
  });

  app.post('/api/facilities/blocks', {
    config: manage,
    schema: {
      tags,
      summary:
        'Tutup ruang/alat untuk perawatan: pemesanan di dalamnya didaftar sebagai terdampak dan pemiliknya diberi tahu',
      body: ZBlockRequestSchema,
      response: { 201: ZBlockSchema, ...errors(400, 401, 403, 404, 409) },
    },
    handler: async (req, reply) => reply.status(201).send(await blocks.createBlock(db, req.ctx(), req.body)),
  });

  app.get('/api/facilities/blocks/:id', {
    config: staff,
    schema: {
      tags,
      summary: 'Satu penutupan perawatan',
      params: ZIdParamsSchema,
      response: { 200: ZBlockSchema, ...errors(400, 401, 403, 404) },
    },
    handler: async (req) => blocks.getBlock(db, req.ctx(), req.params.id),
  });

  app.post('/api/facilities/blocks/:id/lift', {
    config: manage,
    schema: {
      tags,
      summary: 'Cabut penutupan: pemesanan terdampak yang belum dipindah tetap berlaku',
      params: ZIdParamsSchema,
      response: { 200: ZBlockSchema, ...errors(400, 401, 403, 404, 409) },
    },
    handler: async (req) => blocks.liftBlock(db, req.ctx(), req.params.id),
  });

  app.get('/api/facilities/trainings', {
    config: staff,
    schema: {
      tags,
      summary: 'Catatan pelatihan pemakaian ruang/alat',
      querystring: ZTrainingListQuerySchema,
      response: { 200: z.array(ZTrainingSchema), ...errors(400, 401, 403) },
    },
    handler: async (req) => trainings.listTrainings(db, req.ctx(), req.query),
  });

  app.post('/api/facilities/trainings', {
    config: manage,
    schema: {
      tags,
      summary: 'Catat pelatihan seseorang untuk satu ruang/alat atau satu jenis (sumber: manual)',
      body: ZTrainingRequestSchema,
      response: { 201: ZTrainingSchema, ...errors(400, 401, 403, 404) },
    },
    handler: async (req, reply) =>
      reply.status(201).send(await trainings.createTraining(db, req.ctx(), req.body)),
  });

  app.delete('/api/facilities/trainings/:id', {
    config: manage,
    schema: {
      tags,
      summary: 'Hapus catatan pelatihan',
      params: ZIdParamsSchema,
      response: { 204: ZNoContent, ...errors(400, 401, 403, 404) },
    },
    handler: async (req, reply) => {
      await trainings.deleteTraining(db, req.ctx(), req.params.id);
      return reply.status(204).send();
    },
  });

  app.get('/api/facilities/notices', {
    config: { access: FACILITY_READERS },
    schema: {
      tags,
      summary: 'Pemberitahuan pemesanan (perajin: untuk usahanya sendiri), terbaru dulu',
      querystring: z.object({ unread: z.stringbool().optional(), businessId: z.uuid().optional() }),
      response: { 200: z.array(ZNoticeSchema), ...errors(400, 401, 403) },
    },
    handler: async (req) => notices.listNotices(db, req.ctx(), req.query),
  });

  app.post('/api/facilities/notices/:id/read', {
    config: { access: FACILITY_READERS },
    schema: {
      tags,
      summary: 'Tandai pemberitahuan sudah dibaca',
      params: ZIdParamsSchema,
      response: { 200: ZNoticeSchema, ...errors(400, 401, 403, 404) },
    },
    handler: async (req) => notices.markNoticeRead(db, req.ctx(), req.params.id),
  });
}
