import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { errors, ZNoContent, type ZodApp } from '../../lib/route-types.js';
import { searchAvailability } from './availability.service.js';
import {
  ZAvailabilityQuerySchema,
  ZAvailabilitySchema,
  ZIdParamsSchema,
  ZResourceListQuerySchema,
  ZResourceRequestSchema,
  ZResourceSchema,
  ZUpdateResourceRequestSchema,
} from './facilities.schemas.js';
import { FACILITY_MANAGERS, FACILITY_READERS } from './facilities-roles.js';
import * as service from './resources.service.js';

export function resourceRoutes(app: ZodApp, db: Db, tags: string[]) {
  const read = { access: FACILITY_READERS };
  const manage = { access: FACILITY_MANAGERS };

  app.get('/api/facilities/resources', {
    config: read,
    schema: {
      tags,
      summary: 'Ruang dan alat sentra (bawaan: tanpa yang sudah retired)',
      querystring: ZResourceListQuerySchema,
      response: { 200: z.array(ZResourceSchema), ...errors(400, 401, 403) },
    },
    handler: async (req) => service.listResources(db, req.ctx(), req.query),
  });

  app.get('/api/facilities/resources/:id', {
    config: read,
    schema: {
      tags,
      summary: 'Satu ruang/alat',
      params: ZIdParamsSchema,
      response: { 200: ZResourceSchema, ...errors(400, 401, 403, 404) },
    },
    handler: async (req) => service.getResource(db, req.ctx(), req.params.id),
  });

  app.post('/api/facilities/resources', {
    config: manage,
    schema: {
      tags,
      summary: 'Tambah ruang/alat: kapasitas, jam buka (WIB), tarif retribusi, status, wajib pelatihan',
      querystring: z.object({ centreId: z.uuid().optional() }),
      body: ZResourceRequestSchema,
      response: { 201: ZResourceSchema, ...errors(400, 401, 403, 409) },
    },
    handler: async (req, reply) =>
      reply.status(201).send(await service.createResource(db, req.ctx(), req.body, req.query.centreId)),
  });

  app.patch('/api/facilities/resources/:id', {
    config: manage,
    schema: {
      tags,
      summary: 'Ubah ruang/alat (kapasitas tidak dapat turun di bawah pemakaian aktif)',
      params: ZIdParamsSchema,
      body: ZUpdateResourceRequestSchema,
      response: { 200: ZResourceSchema, ...errors(400, 401, 403, 404, 409) },
    },
    handler: async (req) => service.updateResource(db, req.ctx(), req.params.id, req.body),
  });

  app.delete('/api/facilities/resources/:id', {
    config: manage,
    schema: {
      tags,
      summary: 'Hapus ruang/alat yang belum pernah dipesan (selain itu: ubah status menjadi retired)',
      params: ZIdParamsSchema,
      response: { 204: ZNoContent, ...errors(400, 401, 403, 404, 409) },
    },
    handler: async (req, reply) => {
      await service.deleteResource(db, req.ctx(), req.params.id);
      return reply.status(204).send();
    },
  });

  app.get('/api/facilities/availability', {
    config: read,
    schema: {
      tags,
      summary: 'Apa yang kosong dari … sampai …? Ruang/alat yang bebas, dan sisa kapasitas',
      querystring: ZAvailabilityQuerySchema,
      response: { 200: ZAvailabilitySchema, ...errors(400, 401, 403) },
    },
    handler: async (req) => searchAvailability(db, req.ctx(), req.query),
  });
}
