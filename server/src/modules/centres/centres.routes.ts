import type { FastifyInstance } from 'fastify';
import { errors, type ModuleDeps, zodApp } from '../../lib/route-types.js';
import { ADMIN_ONLY } from '../../plugins/access.js';
import {
  ZCentreIdParamsSchema,
  ZCentreListResponseSchema,
  ZCentreSchema,
  ZCreateCentreRequestSchema,
  ZUpdateCentreRequestSchema,
} from './centres.schemas.js';
import * as service from './centres.service.js';

export async function centresRoutes(base: FastifyInstance, { db }: ModuleDeps) {
  const app = zodApp(base);
  const tags = ['centres'];

  app.get('/api/centres', {
    config: { access: 'authenticated' },
    schema: {
      tags,
      summary: 'Sentra yang boleh dilihat pengguna',
      response: { 200: ZCentreListResponseSchema, ...errors(401) },
    },
    handler: async (req) => ({ items: await service.listCentres(db, req.ctx()) }),
  });

  app.get('/api/centres/:id', {
    config: { access: 'authenticated' },
    schema: {
      tags,
      summary: 'Profil satu sentra',
      params: ZCentreIdParamsSchema,
      response: { 200: ZCentreSchema, ...errors(400, 401, 403, 404) },
    },
    handler: async (req) => service.getCentre(db, req.ctx(), req.params.id),
  });

  app.post('/api/centres', {
    config: { access: ADMIN_ONLY },
    schema: {
      tags,
      summary: 'Tambah sentra',
      body: ZCreateCentreRequestSchema,
      response: { 201: ZCentreSchema, ...errors(400, 401, 403, 409) },
    },
    handler: async (req, reply) =>
      reply.status(201).send(await service.createCentre(db, req.ctx(), req.body)),
  });

  app.patch('/api/centres/:id', {
    config: { access: ['admin', 'officer', 'manager'] },
    schema: {
      tags,
      summary: 'Ubah profil sentra',
      params: ZCentreIdParamsSchema,
      body: ZUpdateCentreRequestSchema,
      response: { 200: ZCentreSchema, ...errors(400, 401, 403, 404) },
    },
    handler: async (req) => service.updateCentre(db, req.ctx(), req.params.id, req.body),
  });
}
