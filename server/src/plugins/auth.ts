import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../config.js';
import type { Db } from '../db/client.js';
import { AppError } from '../lib/app-error.js';
import { safeEqual } from '../lib/crypto.js';
import type { Actor, RequestContext } from '../modules/accounts/actor.js';
import { resolveApiToken, resolveSession } from '../modules/accounts/auth.service.js';
import { SESSION_COOKIE } from '../modules/accounts/login-policy.js';
import type { Access } from './access.js';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    /** Set when the actor came from a session cookie (not a token). */
    session: { idHash: string; csrfToken: string } | null;
    /** The actor and request id for a service call; throws 401 on a public route without login. */
    ctx(): RequestContext;
  }
  interface FastifyInstance {
    /** Every route with its access declaration, for the route-table test and the docs. */
    routeTable: { method: string; url: string; access: Access | undefined }[];
  }
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Routes registered by plugins (Swagger UI and its assets) that are public by nature. */
const PLUGIN_PUBLIC_PREFIXES = ['/docs'];

export default fp(
  async (app: FastifyInstance, opts: { db: Db; config: Config }) => {
    await app.register(cookie);
    app.decorate('routeTable', []);
    app.decorateRequest('actor', null);
    app.decorateRequest('session', null);
    app.decorateRequest('ctx', function (this: FastifyRequest): RequestContext {
      if (!this.actor) throw new AppError('UNAUTHENTICATED');
      return { actor: this.actor, requestId: this.id, lang: this.lang };
    });

    // Every route must say who may call it: a route without a declaration stops the start-up.
    app.addHook('onRoute', (route) => {
      const config = (route.config ?? {}) as { access?: Access };
      if (!config.access && PLUGIN_PUBLIC_PREFIXES.some((p) => route.url.startsWith(p))) {
        route.config = { ...config, access: 'public' } as typeof route.config;
      }
      const access = (route.config as { access?: Access } | undefined)?.access;
      const methods = Array.isArray(route.method) ? route.method : [route.method];
      for (const method of methods) app.routeTable.push({ method, url: route.url, access });
      if (!access) throw new Error(`Route ${methods.join(',')} ${route.url} declares no config.access`);
    });

    app.addHook('onRequest', async (req) => {
      const access = req.routeOptions.config.access;
      if (!access) return; // unknown route: the 404 handler answers
      await authenticate(req);
      if (access === 'public') return;
      if (!req.actor) {
        throw new AppError(req.cookies[SESSION_COOKIE] ? 'SESSION_EXPIRED' : 'UNAUTHENTICATED');
      }
      if (access !== 'authenticated' && !access.includes(req.actor.role)) {
        throw new AppError('FORBIDDEN', {}, `${req.actor.role} on ${req.method} ${req.url}`);
      }
      // A cookie rides along on cross-site requests; a write must also carry the session's token.
      if (req.session && WRITE_METHODS.has(req.method)) {
        const sent = req.headers['x-csrf-token'];
        if (typeof sent !== 'string' || !safeEqual(sent, req.session.csrfToken))
          throw new AppError('CSRF_INVALID');
      }
    });

    async function authenticate(req: FastifyRequest) {
      const auth = req.headers.authorization;
      if (auth?.startsWith('Bearer ')) {
        const actor = await resolveApiToken(opts.db, auth.slice(7).trim());
        if (!actor) throw new AppError('INVALID_TOKEN');
        req.actor = actor;
        return;
      }
      const token = req.cookies[SESSION_COOKIE];
      if (!token) return;
      const resolved = await resolveSession(opts.db, token);
      if (resolved === 'expired') return;
      const { sessionIdHash, csrfToken, ...actor } = resolved;
      req.actor = actor;
      req.session = { idHash: sessionIdHash, csrfToken };
    }
  },
  { name: 'auth', dependencies: ['errors'] },
);

export function sessionCookieOptions(config: Config) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: config.secureCookies,
  };
}
