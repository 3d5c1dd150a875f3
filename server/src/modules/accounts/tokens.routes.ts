import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { errors, type ModuleDeps, ZNoContent, zodApp } from '../../lib/route-types.js';
import { ADMIN_ONLY } from '../../plugins/access.js';
import {
  ZApiTokenSchema,
  ZCreateApiTokenRequestSchema,
  ZCreateApiTokenResponseSchema,
  ZIdParamsSchema,
} from './accounts.schemas.js';
import * as service from './tokens.service.js';

export async function tokensRoutes(base: FastifyInstance, { db }: ModuleDeps) {
  const app = zodApp(base);
  const tags = ['tokens'];
  const config = { access: ADMIN_ONLY };

  app.get('/api/tokens', {
    config,
    schema: {
      tags,
      summary: 'Token API integrasi',
      response: { 200: z.object({ items: z.array(ZApiTokenSchema) }), ...errors(401, 403) },
    },
    handler: async () => ({ items: await service.listTokens(db) }),
  });

  app.post('/api/tokens', {
    config,
    schema: {
      tags,
      summary: 'Buat token API (ditampilkan sekali)',
      body: ZCreateApiTokenRequestSchema,
      response: { 201: ZCreateApiTokenResponseSchema, ...errors(400, 401, 403) },
    },
    handler: async (req, reply) => reply.status(201).send(await service.createToken(db, req.ctx(), req.body)),
  });

  app.post('/api/tokens/:id/revoke', {
    config,
    schema: {
      tags,
      summary: 'Cabut token API',
      params: ZIdParamsSchema,
      response: { 204: ZNoContent, ...errors(400, 401, 403, 404) },
    },
    handler: async (req, reply) => {
      await service.revokeToken(db, req.ctx(), req.params.id);
      return reply.status(204).send();
    },
  });
}
