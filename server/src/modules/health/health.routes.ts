import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { type ModuleDeps, zodApp } from '../../lib/route-types.js';

export async function healthRoutes(base: FastifyInstance, { db }: ModuleDeps) {
  const app = zodApp(base);
  const tags = ['operations'];

  app.get('/health', {
    config: { access: 'public' },
    logLevel: 'warn',
    schema: { tags, summary: 'Proses hidup', response: { 200: z.object({ status: z.literal('ok') }) } },
    handler: async () => ({ status: 'ok' as const }),
  });

  app.get('/ready', {
    config: { access: 'public' },
    logLevel: 'warn',
    schema: {
      tags,
      summary: 'Siap melayani: basis data terjangkau',
      response: {
        200: z.object({ status: z.literal('ready') }),
        503: z.object({ status: z.literal('unavailable') }),
      },
    },
    handler: async (_req, reply) => {
      try {
        await db.execute(sql`select 1 from app_user limit 1`);
        return { status: 'ready' as const };
      } catch {
        return reply.status(503).send({ status: 'unavailable' as const });
      }
    },
  });
}
