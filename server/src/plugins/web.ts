import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { webDistFolder } from '../lib/paths.js';

/**
 * Serves the built web app (dist/web) and answers unknown non-API GETs with index.html so the
 * browser's own router handles /pengguna and friends. API paths get the JSON 404.
 */
export default fp(
  async (app: FastifyInstance) => {
    const hasWeb = existsSync(path.join(webDistFolder, 'index.html'));
    if (hasWeb) {
      await app.register(fastifyStatic, {
        root: webDistFolder,
        serve: false, // routes below, each with its access declaration
        preCompressed: true, // .br/.gz written by scripts/build-web.mjs
        // Hashed asset names never change content: cache them for a year.
        setHeaders: (res, file) => {
          if (file.includes(`${path.sep}assets${path.sep}`))
            res.header('cache-control', 'public, max-age=31536000, immutable');
        },
      });
      app.get('/assets/*', { config: { access: 'public' }, schema: { hide: true } }, (req, reply) =>
        reply.sendFile(`assets/${(req.params as { '*': string })['*']}`),
      );
    }
    app.setNotFoundHandler((req, reply) => {
      const isPage = req.method === 'GET' && !/^\/(api|docs|openapi\.json|health|ready)(\/|$)/.test(req.url);
      if (isPage && hasWeb) {
        // Root files of the build (favicon, robots.txt) by exact name; every other path is a page.
        const file = /^\/([\w.-]+\.(svg|ico|png|txt|webmanifest|json))$/.exec(
          req.url.split('?')[0] ?? '',
        )?.[1];
        if (file && existsSync(path.join(webDistFolder, file))) return reply.sendFile(file);
        return reply.header('cache-control', 'no-cache').sendFile('index.html');
      }
      return app.sendError(req, reply, 'ROUTE_NOT_FOUND');
    });
  },
  { name: 'web', dependencies: ['errors'] },
);
