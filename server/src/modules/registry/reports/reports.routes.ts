import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { errors, type ModuleDeps, zodApp } from '../../../lib/route-types.js';
import { ZBusinessIdParamsSchema } from '../registry.schemas.js';
import { REGISTRY_READERS, REGISTRY_WRITERS } from '../registry-roles.js';
import * as summary from './centre-summary.service.js';
import {
  XLSX_MIME,
  ZBusinessSiinasQuerySchema,
  ZBusinessSiinasSchema,
  ZCentreSummarySchema,
  ZSiinasReportQuerySchema,
  ZSiinasReportSchema,
  ZSummaryQuerySchema,
} from './reports.schemas.js';
import { siinasWorkbook, summaryWorkbook } from './reports.xlsx.js';
import * as siinas from './siinas-report.service.js';

/** Who may read the centre summary: the Dinas and the centre's manager. */
export const SUMMARY_READERS = ['admin', 'officer', 'manager'] as const;

const ZXlsxFileSchema = z.string().meta({ format: 'binary' }).describe('Berkas xlsx');

/** A 200 that is JSON, or an xlsx file when the query says format=xlsx. */
const jsonOrXlsx = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema }, [XLSX_MIME]: { schema: ZXlsxFileSchema } },
});

function sendXlsx(reply: FastifyReply, fileName: string, file: Buffer) {
  return reply
    .type(XLSX_MIME)
    .header('content-disposition', `attachment; filename="${fileName}"`)
    .header('cache-control', 'no-store')
    .send(file);
}

export async function reportsRoutes(base: FastifyInstance, { db }: ModuleDeps) {
  const app = zodApp(base);
  const tags = ['registry'];

  app.get('/api/registry/reports/siinas', {
    config: { access: REGISTRY_WRITERS },
    schema: {
      tags,
      summary: 'Laporan SIINas semester (Permenperin 13/2025 Pasal 7) per usaha dengan laporan terverifikasi',
      querystring: ZSiinasReportQuerySchema,
      response: {
        200: jsonOrXlsx(ZSiinasReportSchema, 'Laporan (JSON), atau berkas xlsx bila format=xlsx'),
        ...errors(400, 401, 403),
      },
    },
    handler: async (req, reply) => {
      const report = await siinas.siinasReport(db, req.ctx(), req.query);
      if (req.query.format !== 'xlsx') return report;
      const file = await siinasWorkbook(report, req.lang);
      return sendXlsx(reply, `laporan-siinas-${report.period.year}-s${report.period.semester}.xlsx`, file);
    },
  });

  app.get('/api/registry/businesses/:id/siinas', {
    config: { access: REGISTRY_READERS },
    schema: {
      tags,
      summary: 'Laporan SIINas satu usaha untuk satu semester (perajin: hanya usahanya sendiri)',
      params: ZBusinessIdParamsSchema,
      querystring: ZBusinessSiinasQuerySchema,
      response: { 200: ZBusinessSiinasSchema, ...errors(400, 401, 403, 404) },
    },
    handler: async (req) => siinas.businessSiinas(db, req.ctx(), req.params.id, req.query),
  });

  app.get('/api/registry/reports/summary', {
    config: { access: SUMMARY_READERS },
    schema: {
      tags,
      summary:
        'Ringkasan sentra: usaha, tenaga kerja, nilai produksi, sertifikasi; setiap angka dengan aturan, sumber dan usaha penyumbangnya',
      querystring: ZSummaryQuerySchema,
      response: {
        200: jsonOrXlsx(
          ZCentreSummarySchema,
          'Ringkasan (JSON), atau berkas xlsx dengan lembar "Jejak" bila format=xlsx',
        ),
        ...errors(400, 401, 403),
      },
    },
    handler: async (req, reply) => {
      const figures = await summary.centreSummary(db, req.ctx(), req.query);
      if (req.query.format !== 'xlsx') return figures;
      const file = await summaryWorkbook(figures, req.lang);
      return sendXlsx(reply, `ringkasan-sentra-${figures.asOf}.xlsx`, file);
    },
  });
}
