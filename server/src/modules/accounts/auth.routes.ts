import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../../lib/app-error.js';
import { errors, type ModuleDeps, ZNoContent, zodApp } from '../../lib/route-types.js';
import { sessionCookieOptions } from '../../plugins/auth.js';
import { findCentreForUser } from '../centres/centres.service.js';
import {
  ZChangePasswordRequestSchema,
  ZLoginRequestSchema,
  ZPreferencesRequestSchema,
  ZSessionResponseSchema,
} from './accounts.schemas.js';
import * as auth from './auth.service.js';
import { SESSION_COOKIE } from './login-policy.js';
import { findUserById } from './users.repository.js';

export async function authRoutes(base: FastifyInstance, { db, config }: ModuleDeps) {
  const app = zodApp(base);
  const tags = ['auth'];

  async function sessionBody(userId: string, csrfToken: string) {
    const u = await findUserById(db, userId);
    if (!u) throw new AppError('UNAUTHENTICATED');
    return {
      user: {
        id: u.id,
        username: u.username,
        fullName: u.fullName,
        email: u.email,
        role: u.role,
        centreId: u.centreId,
        lang: u.lang,
        mustChangePassword: u.mustChangePassword,
      },
      centre: await findCentreForUser(db, u.centreId),
      csrfToken,
    };
  }

  const sessionOf = (req: FastifyRequest) => {
    if (!req.session || !req.actor?.userId) throw new AppError('UNAUTHENTICATED');
    return { ...req.session, userId: req.actor.userId };
  };

  app.post('/api/auth/login', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'Masuk dengan nama pengguna dan kata sandi',
      body: ZLoginRequestSchema,
      response: { 200: ZSessionResponseSchema, ...errors(400, 401, 403, 423, 429) },
    },
    handler: async (req, reply) => {
      const { token, csrfToken, userId } = await auth.login(db, {
        ...req.body,
        ip: req.ip,
        userAgent: req.headers['user-agent'] ?? null,
      });
      reply.setCookie(SESSION_COOKIE, token, sessionCookieOptions(config));
      return sessionBody(userId, csrfToken);
    },
  });

  app.get('/api/auth/session', {
    config: { access: 'authenticated' },
    schema: {
      tags,
      summary: 'Sesi yang sedang aktif',
      response: { 200: ZSessionResponseSchema, ...errors(401) },
    },
    handler: async (req) => {
      const s = sessionOf(req);
      return sessionBody(s.userId, s.csrfToken);
    },
  });

  app.post('/api/auth/logout', {
    config: { access: 'authenticated' },
    schema: { tags, summary: 'Keluar', response: { 204: ZNoContent, ...errors(401, 403) } },
    handler: async (req, reply) => {
      await auth.logout(db, sessionOf(req).idHash);
      reply.clearCookie(SESSION_COOKIE, sessionCookieOptions(config));
      return reply.status(204).send();
    },
  });

  app.post('/api/auth/password', {
    config: { access: 'authenticated' },
    schema: {
      tags,
      summary: 'Ganti kata sandi sendiri (perangkat lain ikut keluar)',
      body: ZChangePasswordRequestSchema,
      response: { 204: ZNoContent, ...errors(400, 401, 403) },
    },
    handler: async (req, reply) => {
      await auth.changePassword(db, { ...req.ctx(), sessionIdHash: sessionOf(req).idHash }, req.body);
      return reply.status(204).send();
    },
  });

  app.patch('/api/auth/preferences', {
    config: { access: 'authenticated' },
    schema: {
      tags,
      summary: 'Simpan bahasa pilihan',
      body: ZPreferencesRequestSchema,
      response: { 204: ZNoContent, ...errors(400, 401, 403) },
    },
    handler: async (req, reply) => {
      await auth.setLanguage(db, req.ctx(), req.body.lang);
      return reply.status(204).send();
    },
  });
}
