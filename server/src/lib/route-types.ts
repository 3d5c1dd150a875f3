import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../config.js';
import type { Db } from '../db/client.js';

/** What every module's routes receive: the app typed for zod schemas, the database and config. */
export interface ModuleDeps {
  db: Db;
  config: Config;
}
export type ZodApp = ReturnType<typeof zodApp>;
export const zodApp = (app: FastifyInstance) => app.withTypeProvider<ZodTypeProvider>();

export const ZErrorResponseSchema = z
  .object({
    code: z.string().describe('Kode kesalahan yang stabil, mis. VALIDATION'),
    message: z.string().describe('Pesan untuk pengguna, dalam bahasa permintaan'),
    requestId: z.string(),
    fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'Error' });

/** The error responses a route may give, for its OpenAPI description. */
export const errors = (...codes: (400 | 401 | 403 | 404 | 409 | 413 | 423 | 429)[]) =>
  Object.fromEntries(codes.map((c) => [c, ZErrorResponseSchema])) as Record<
    number,
    typeof ZErrorResponseSchema
  >;

export const ZNoContent = z.undefined().describe('Tanpa isi');
