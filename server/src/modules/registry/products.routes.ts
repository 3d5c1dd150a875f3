import type { FastifyInstance } from 'fastify';
import { errors, type ModuleDeps, ZNoContent, zodApp } from '../../lib/route-types.js';
import * as service from './products.service.js';
import {
  ZBusinessIdParamsSchema,
  ZChildParamsSchema,
  ZProductRequestSchema,
  ZProductSchema,
  ZUpdateProductRequestSchema,
} from './registry.schemas.js';
import { REGISTRY_EDITORS } from './registry-roles.js';

export async function productsRoutes(base: FastifyInstance, { db }: ModuleDeps) {
  const app = zodApp(base);
  const tags = ['registry'];
  const access = { access: REGISTRY_EDITORS };

  app.post('/api/registry/businesses/:id/products', {
    config: access,
    schema: {
      tags,
      summary: 'Tambah produk',
      params: ZBusinessIdParamsSchema,
      body: ZProductRequestSchema,
      response: { 201: ZProductSchema, ...errors(400, 401, 403, 404, 409) },
    },
    handler: async (req, reply) =>
      reply.status(201).send(await service.addProduct(db, req.ctx(), req.params.id, req.body)),
  });

  app.patch('/api/registry/businesses/:id/products/:childId', {
    config: access,
    schema: {
      tags,
      summary: 'Ubah produk',
      params: ZChildParamsSchema,
      body: ZUpdateProductRequestSchema,
      response: { 200: ZProductSchema, ...errors(400, 401, 403, 404, 409) },
    },
    handler: async (req) => service.updateProduct(db, req.ctx(), req.params.id, req.params.childId, req.body),
  });

  app.delete('/api/registry/businesses/:id/products/:childId', {
    config: access,
    schema: {
      tags,
      summary: 'Hapus produk',
      params: ZChildParamsSchema,
      response: { 204: ZNoContent, ...errors(400, 401, 403, 404, 409) },
    },
    handler: async (req, reply) => {
      await service.removeProduct(db, req.ctx(), req.params.id, req.params.childId);
      return reply.status(204).send();
    },
  });
}
