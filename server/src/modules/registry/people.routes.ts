import type { FastifyInstance } from 'fastify';
import { errors, type ModuleDeps, ZNoContent, zodApp } from '../../lib/route-types.js';
import * as service from './people.service.js';
import {
  ZBusinessIdParamsSchema,
  ZChildParamsSchema,
  ZPersonRequestSchema,
  ZPersonSchema,
} from './registry.schemas.js';
import { REGISTRY_EDITORS } from './registry-roles.js';

export async function peopleRoutes(base: FastifyInstance, { db, config }: ModuleDeps) {
  const app = zodApp(base);
  const tags = ['registry'];
  const access = { access: REGISTRY_EDITORS };

  app.post('/api/registry/businesses/:id/people', {
    config: access,
    schema: {
      tags,
      summary: 'Tambah pemilik/perajin (NIK hanya disimpan sebagai hash berkunci)',
      params: ZBusinessIdParamsSchema,
      body: ZPersonRequestSchema,
      response: { 201: ZPersonSchema, ...errors(400, 401, 403, 404, 409) },
    },
    handler: async (req, reply) =>
      reply
        .status(201)
        .send(await service.addPerson(db, req.ctx(), config.sessionSecret, req.params.id, req.body)),
  });

  app.patch('/api/registry/businesses/:id/people/:childId', {
    config: access,
    schema: {
      tags,
      summary: 'Ubah data orang pada usaha',
      params: ZChildParamsSchema,
      body: ZPersonRequestSchema.partial(),
      response: { 200: ZPersonSchema, ...errors(400, 401, 403, 404, 409) },
    },
    handler: async (req) =>
      service.updatePerson(db, req.ctx(), config.sessionSecret, req.params.id, req.params.childId, req.body),
  });

  app.delete('/api/registry/businesses/:id/people/:childId', {
    config: access,
    schema: {
      tags,
      summary: 'Lepaskan orang dari usaha',
      params: ZChildParamsSchema,
      response: { 204: ZNoContent, ...errors(400, 401, 403, 404, 409) },
    },
    handler: async (req, reply) => {
      await service.removePerson(db, req.ctx(), req.params.id, req.params.childId);
      return reply.status(204).send();
    },
  });
}
