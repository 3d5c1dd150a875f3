import type { FastifyInstance } from 'fastify';
import { errors, type ModuleDeps, zodApp } from '../../lib/route-types.js';
import { ADMIN_ONLY } from '../../plugins/access.js';
import {
  ZCreateUserRequestSchema,
  ZIdParamsSchema,
  ZResetPasswordResponseSchema,
  ZUpdateUserRequestSchema,
  ZUserListQuerySchema,
  ZUserListResponseSchema,
  ZUserSchema,
} from './accounts.schemas.js';
import * as service from './users.service.js';

export async function usersRoutes(base: FastifyInstance, { db }: ModuleDeps) {
  const app = zodApp(base);
  const tags = ['users'];
  const config = { access: ADMIN_ONLY };

  app.get('/api/users', {
    config,
    schema: {
      tags,
      summary: 'Daftar pengguna',
      querystring: ZUserListQuerySchema,
      response: { 200: ZUserListResponseSchema, ...errors(400, 401, 403) },
    },
    handler: async (req) => {
      const { active, ...rest } = req.query;
      return service.listUsers(db, { ...rest, active: active === undefined ? undefined : active === 'true' });
    },
  });

  app.get('/api/users/:id', {
    config,
    schema: {
      tags,
      summary: 'Satu pengguna',
      params: ZIdParamsSchema,
      response: { 200: ZUserSchema, ...errors(400, 401, 403, 404) },
    },
    handler: async (req) => service.getUser(db, req.params.id),
  });

  app.post('/api/users', {
    config,
    schema: {
      tags,
      summary: 'Tambah pengguna',
      body: ZCreateUserRequestSchema,
      response: { 201: ZUserSchema, ...errors(400, 401, 403, 409) },
    },
    handler: async (req, reply) => reply.status(201).send(await service.createUser(db, req.ctx(), req.body)),
  });

  app.patch('/api/users/:id', {
    config,
    schema: {
      tags,
      summary: 'Ubah peran, sentra, atau status aktif pengguna',
      params: ZIdParamsSchema,
      body: ZUpdateUserRequestSchema,
      response: { 200: ZUserSchema, ...errors(400, 401, 403, 404, 409) },
    },
    handler: async (req) => service.updateUser(db, req.ctx(), req.params.id, req.body),
  });

  app.post('/api/users/:id/reset-password', {
    config,
    schema: {
      tags,
      summary: 'Atur ulang kata sandi (kata sandi sementara ditampilkan sekali)',
      params: ZIdParamsSchema,
      response: { 200: ZResetPasswordResponseSchema, ...errors(400, 401, 403, 404) },
    },
    handler: async (req) => service.resetPassword(db, req.ctx(), req.params.id),
  });
}
