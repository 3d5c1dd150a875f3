import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { errors, type ModuleDeps, ZNoContent, zodApp } from '../../lib/route-types.js';
import { artisanAccountsFor, linkArtisanAccount, unlinkArtisanAccount } from './business.service.js';
import { recordConsent } from './consents.service.js';
import { ZBusinessIdParamsSchema, ZConsentRequestSchema, ZConsentSchema } from './registry.schemas.js';
import { REGISTRY_EDITORS, REGISTRY_WRITERS } from './registry-roles.js';

export async function consentsRoutes(base: FastifyInstance, { db }: ModuleDeps) {
  const app = zodApp(base);
  const tags = ['registry'];

  app.put('/api/registry/businesses/:id/consents', {
    config: { access: REGISTRY_EDITORS },
    schema: {
      tags,
      summary: 'Catat persetujuan publikasi untuk satu kelompok data (riwayat disimpan)',
      params: ZBusinessIdParamsSchema,
      body: ZConsentRequestSchema,
      response: { 200: z.array(ZConsentSchema), ...errors(400, 401, 403, 404, 409) },
    },
    handler: async (req) => recordConsent(db, req.ctx(), req.params.id, req.body),
  });

  app.post('/api/registry/businesses/:id/accounts', {
    config: { access: REGISTRY_WRITERS },
    schema: {
      tags,
      summary: 'Hubungkan akun perajin ke usaha (perajin lalu melihat dan mengubah usaha ini)',
      params: ZBusinessIdParamsSchema,
      body: z.strictObject({ userId: z.uuid() }),
      response: { 204: ZNoContent, ...errors(400, 401, 403, 404) },
    },
    handler: async (req, reply) => {
      await linkArtisanAccount(db, req.ctx(), req.params.id, req.body.userId);
      return reply.status(204).send();
    },
  });

  app.get('/api/registry/businesses/:id/accounts', {
    config: { access: REGISTRY_WRITERS },
    schema: {
      tags,
      summary: 'Akun perajin di sentra ini, dengan tanda apakah terhubung ke usaha ini',
      params: ZBusinessIdParamsSchema,
      response: {
        200: z.array(
          z.object({ userId: z.uuid(), username: z.string(), fullName: z.string(), linked: z.boolean() }),
        ),
        ...errors(400, 401, 403, 404),
      },
    },
    handler: async (req) => artisanAccountsFor(db, req.ctx(), req.params.id),
  });

  app.delete('/api/registry/businesses/:id/accounts/:userId', {
    config: { access: REGISTRY_WRITERS },
    schema: {
      tags,
      summary: 'Lepaskan akun perajin dari usaha',
      params: z.object({ id: z.uuid(), userId: z.uuid() }),
      response: { 204: ZNoContent, ...errors(400, 401, 403, 404) },
    },
    handler: async (req, reply) => {
      await unlinkArtisanAccount(db, req.ctx(), req.params.id, req.params.userId);
      return reply.status(204).send();
    },
  });
}
