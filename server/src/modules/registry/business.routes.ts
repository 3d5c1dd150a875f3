import type { FastifyInstance } from 'fastify';
import { errors, type ModuleDeps, zodApp } from '../../lib/route-types.js';
import * as service from './business.service.js';
import {
  ZBusinessDetailSchema,
  ZBusinessIdParamsSchema,
  ZBusinessListQuerySchema,
  ZBusinessListResponseSchema,
  ZCreateBusinessRequestSchema,
  ZUpdateBusinessRequestSchema,
} from './registry.schemas.js';
import { REGISTRY_EDITORS, REGISTRY_READERS, REGISTRY_WRITERS } from './registry-roles.js';

export async function businessRoutes(base: FastifyInstance, { db }: ModuleDeps) {
  const app = zodApp(base);
  const tags = ['registry'];

  app.get('/api/registry/businesses', {
    config: { access: REGISTRY_READERS },
    schema: {
      tags,
      summary: 'Daftar usaha IKM: cari nama (mirip) atau NIB, filter, urut, halaman, jumlah',
      querystring: ZBusinessListQuerySchema,
      response: { 200: ZBusinessListResponseSchema, ...errors(400, 401, 403) },
    },
    handler: async (req) => service.listBusinesses(db, req.ctx(), req.query),
  });

  app.get('/api/registry/businesses/:id', {
    config: { access: REGISTRY_READERS },
    schema: {
      tags,
      summary: 'Satu usaha IKM dengan orang, produk, sertifikasi, laporan semester dan persetujuan',
      params: ZBusinessIdParamsSchema,
      response: { 200: ZBusinessDetailSchema, ...errors(400, 401, 403, 404) },
    },
    handler: async (req) => service.getBusiness(db, req.ctx(), req.params.id),
  });

  app.post('/api/registry/businesses', {
    config: { access: REGISTRY_WRITERS },
    schema: {
      tags,
      summary: 'Tambah usaha IKM',
      body: ZCreateBusinessRequestSchema,
      response: { 201: ZBusinessDetailSchema, ...errors(400, 401, 403, 409) },
    },
    handler: async (req, reply) =>
      reply.status(201).send(await service.createBusiness(db, req.ctx(), req.body)),
  });

  app.patch('/api/registry/businesses/:id', {
    config: { access: REGISTRY_EDITORS },
    schema: {
      tags,
      summary: 'Ubah data usaha IKM (perajin: hanya usahanya sendiri)',
      params: ZBusinessIdParamsSchema,
      body: ZUpdateBusinessRequestSchema,
      response: { 200: ZBusinessDetailSchema, ...errors(400, 401, 403, 404, 409) },
    },
    handler: async (req) => service.updateBusiness(db, req.ctx(), req.params.id, req.body),
  });
}
