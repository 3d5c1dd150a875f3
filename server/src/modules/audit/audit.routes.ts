import type { FastifyInstance } from 'fastify';
import { errors, type ModuleDeps, zodApp } from '../../lib/route-types.js';
import { ADMIN_ONLY } from '../../plugins/access.js';
import { centreScope } from '../accounts/actor.js';
import { listAudit } from './audit.repository.js';
import { ZAuditListResponseSchema, ZAuditQuerySchema } from './audit.schemas.js';

export async function auditRoutes(base: FastifyInstance, { db }: ModuleDeps) {
  const app = zodApp(base);
  app.get('/api/audit', {
    config: { access: ADMIN_ONLY },
    schema: {
      tags: ['audit'],
      summary: 'Log audit: siapa mengubah apa dan kapan',
      querystring: ZAuditQuerySchema,
      response: { 200: ZAuditListResponseSchema, ...errors(400, 401, 403) },
    },
    handler: async (req) => {
      const { items, total } = await listAudit(db, centreScope(req.ctx().actor), req.query);
      return {
        items: items.map((e) => ({ ...e, at: e.at.toISOString() })),
        total,
        page: req.query.page,
        pageSize: req.query.pageSize,
      };
    },
  });
}
