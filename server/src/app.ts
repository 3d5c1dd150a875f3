import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Config } from './config.js';
import type { Db } from './db/client.js';
import type { ModuleDeps } from './lib/route-types.js';
import { authRoutes } from './modules/accounts/auth.routes.js';
import { tokensRoutes } from './modules/accounts/tokens.routes.js';
import { usersRoutes } from './modules/accounts/users.routes.js';
import { auditRoutes } from './modules/audit/audit.routes.js';
import { centresRoutes } from './modules/centres/centres.routes.js';
import { facilitiesRoutes } from './modules/facilities/facilities.routes.js';
import { healthRoutes } from './modules/health/health.routes.js';
import { motifImagesRoutes } from './modules/motifs/images/images.routes.js';
import { ipRecordsRoutes } from './modules/motifs/ip/ip-records.routes.js';
import { motifsRoutes } from './modules/motifs/motifs.routes.js';
import { projectExportRoutes } from './modules/projects/export/export.routes.js';
import { projectsRoutes } from './modules/projects/projects.routes.js';
import { referenceRoutes } from './modules/reference/reference.routes.js';
import { businessRoutes } from './modules/registry/business.routes.js';
import { certificationsRoutes } from './modules/registry/certifications.routes.js';
import { consentsRoutes } from './modules/registry/consents-accounts.routes.js';
import { duplicatesRoutes } from './modules/registry/duplicates/duplicates.routes.js';
import { registryImportRoutes } from './modules/registry/import/import.routes.js';
import { peopleRoutes } from './modules/registry/people.routes.js';
import { productsRoutes } from './modules/registry/products.routes.js';
import { reportsRoutes } from './modules/registry/reports/reports.routes.js';
import { semesterReportsRoutes } from './modules/registry/semester-reports.routes.js';
import auth from './plugins/auth.js';
import errors from './plugins/errors.js';
import swagger from './plugins/swagger.js';
import web from './plugins/web.js';

/** JSON bodies above this are refused with 413 (files come later through multipart routes). */
export const BODY_LIMIT = 1024 * 1024;

/** Secrets never reach the log, whatever logs them. */
export const LOG_REDACT = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.currentPassword',
  '*.newPassword',
  '*.token',
  '*.temporaryPassword',
];

export interface BuildAppOptions {
  db: Db;
  config: Config;
  logger?: FastifyServerOptions['logger'];
  /** Serve dist/web (off in tests that only need the API). */
  serveWeb?: boolean;
}

/** Builds the Fastify app: cross-cutting plugins first, then one plugin per product module. */
export async function buildApp(opts: BuildAppOptions) {
  const app = Fastify({
    logger: opts.logger ?? { level: opts.config.logLevel, redact: LOG_REDACT },
    bodyLimit: BODY_LIMIT,
    // Behind an HTTPS reverse proxy on the same machine, trust its X-Forwarded-* headers.
    trustProxy: opts.config.secureCookies ? 'loopback' : false,
    genReqId: (req) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && /^[\w-]{8,64}$/.test(incoming) ? incoming : randomUUID();
    },
    routerOptions: { ignoreTrailingSlash: true },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    reply.header('x-frame-options', 'DENY');
  });

  await app.register(errors, { bodyLimit: BODY_LIMIT });
  await app.register(auth, { db: opts.db, config: opts.config });
  await app.register(swagger);

  const deps: ModuleDeps = { db: opts.db, config: opts.config };
  for (const routes of [
    healthRoutes,
    authRoutes,
    usersRoutes,
    tokensRoutes,
    centresRoutes,
    referenceRoutes,
    auditRoutes,
    businessRoutes,
    registryImportRoutes,
    duplicatesRoutes,
    reportsRoutes,
    peopleRoutes,
    productsRoutes,
    certificationsRoutes,
    semesterReportsRoutes,
    consentsRoutes,
    motifsRoutes,
    motifImagesRoutes,
    ipRecordsRoutes,
    projectsRoutes,
    projectExportRoutes,
    facilitiesRoutes,
  ]) {
    await app.register(routes, deps);
  }
  if (opts.serveWeb !== false) await app.register(web);
  else app.setNotFoundHandler((req, reply) => app.sendError(req as never, reply as never, 'ROUTE_NOT_FOUND'));
  return app;
}
