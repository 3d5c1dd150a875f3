import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { errors, type ModuleDeps, zodApp } from '../../lib/route-types.js';
import { ZReportPeriodParamsSchema, ZReportSchema, ZSaveReportRequestSchema } from './registry.schemas.js';
import { REGISTRY_EDITORS, REGISTRY_WRITERS } from './registry-roles.js';
import * as service from './semester-reports.service.js';

export async function semesterReportsRoutes(base: FastifyInstance, { db }: ModuleDeps) {
  const app = zodApp(base);
  const tags = ['registry'];
  const url = '/api/registry/businesses/:id/reports/:year/:semester';
  const response = { 200: ZReportSchema, ...errors(400, 401, 403, 404, 409) };

  app.put(url, {
    config: { access: REGISTRY_EDITORS },
    schema: {
      tags,
      summary: 'Simpan angka semester (draf); laporan terverifikasi terkunci',
      params: ZReportPeriodParamsSchema,
      body: ZSaveReportRequestSchema,
      response,
    },
    handler: async (req) => {
      const { id, ...period } = req.params;
      return service.saveReport(db, req.ctx(), id, period, req.body);
    },
  });

  app.post(`${url}/submit`, {
    config: { access: REGISTRY_EDITORS },
    schema: { tags, summary: 'Kirim laporan semester ke Dinas', params: ZReportPeriodParamsSchema, response },
    handler: async (req) => {
      const { id, ...period } = req.params;
      return service.submitReport(db, req.ctx(), id, period);
    },
  });

  app.post(`${url}/verify`, {
    config: { access: REGISTRY_WRITERS },
    schema: {
      tags,
      summary: 'Verifikasi laporan; angkanya menjadi angka terkini usaha',
      params: ZReportPeriodParamsSchema,
      response,
    },
    handler: async (req) => {
      const { id, ...period } = req.params;
      return service.verifyReport(db, req.ctx(), id, period);
    },
  });

  app.post(`${url}/return`, {
    config: { access: REGISTRY_WRITERS },
    schema: {
      tags,
      summary: 'Kembalikan laporan ke perajin dengan catatan',
      params: ZReportPeriodParamsSchema,
      body: z.strictObject({ note: z.string().trim().min(3).max(2000) }),
      response,
    },
    handler: async (req) => {
      const { id, ...period } = req.params;
      return service.returnReport(db, req.ctx(), id, period, req.body.note);
    },
  });
}
