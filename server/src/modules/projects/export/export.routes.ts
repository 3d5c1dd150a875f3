import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { errors, type ModuleDeps, zodApp } from '../../../lib/route-types.js';
import { getContract } from '../contracts.service.js';
import { PROJECT_READERS } from '../projects-roles.js';
import { projectStatus } from '../status/project-status.service.js';
import { dakSummaryWorkbook } from './dak-summary-xlsx.js';
import { preparePhotos } from './photos-pdf.js';
import { loadWeeklyExport } from './weekly-export.service.js';
import { weeklyReportPdf } from './weekly-pdf.js';
import { weeklyReportWorkbook } from './weekly-xlsx.js';
import { XLSX_MIME } from './xlsx-format.js';

const PDF_MIME = 'application/pdf';

const ZWeekParamsSchema = z.object({
  id: z.uuid(),
  week: z.coerce.number().int().min(1).max(200).describe('Minggu ke-'),
});

/** A 200 that is a file of the given type, for the OpenAPI document. */
const file = (mime: string, description: string) => ({
  description,
  content: { [mime]: { schema: z.string().meta({ format: 'binary' }) } },
});

function sendFile(reply: FastifyReply, mime: string, fileName: string, body: Buffer) {
  return reply
    .type(mime)
    .header('content-disposition', `attachment; filename="${fileName}"`)
    .header('cache-control', 'no-store')
    .send(body);
}

/** The reports the ministries ask for: the weekly report (PDF, xlsx) and the DAK LRPD-CO summary. */
export async function projectExportRoutes(base: FastifyInstance, { db }: ModuleDeps) {
  const app = zodApp(base);
  const tags = ['projects'];
  const read = { access: PROJECT_READERS };

  app.get('/api/projects/:id/reports/:week/pdf', {
    config: read,
    schema: {
      tags,
      summary:
        'Laporan mingguan minggu ke-N (PDF A4): status kritis dengan dasar hukum, kurva S, tabel mingguan, foto lapangan',
      description:
        'Dievaluasi per tanggal akhir minggu tersebut. Minggu tanpa laporan mingguan → 404. Paling banyak 6 foto, diperkecil.',
      params: ZWeekParamsSchema,
      response: { 200: file(PDF_MIME, 'Berkas PDF'), ...errors(400, 401, 403, 404) },
    },
    handler: async (req, reply) => {
      const ctx = req.ctx();
      const data = await loadWeeklyExport(db, ctx, req.params.id, req.params.week);
      const { photos, total } = await preparePhotos(db, ctx, data.report);
      const pdf = await weeklyReportPdf({ ...data, photos, photoTotal: total });
      return sendFile(reply, PDF_MIME, `laporan-mingguan-minggu-${data.week.week}.pdf`, pdf);
    },
  });

  app.get('/api/projects/:id/reports/:week/xlsx', {
    config: read,
    schema: {
      tags,
      summary:
        'Laporan mingguan minggu ke-N (xlsx): lembar "Kurva S" per minggu dan lembar "Status" evaluasi',
      description: 'Angka yang sama dengan PDF, dievaluasi per tanggal akhir minggu tersebut.',
      params: ZWeekParamsSchema,
      response: { 200: file(XLSX_MIME, 'Berkas xlsx'), ...errors(400, 401, 403, 404) },
    },
    handler: async (req, reply) => {
      const data = await loadWeeklyExport(db, req.ctx(), req.params.id, req.params.week);
      const book = await weeklyReportWorkbook(data);
      return sendFile(reply, XLSX_MIME, `laporan-mingguan-minggu-${data.week.week}.xlsx`, book);
    },
  });

  app.get('/api/projects/:id/dak-summary.xlsx', {
    config: read,
    schema: {
      tags,
      summary:
        'Ringkasan DAK Fisik bentuk LRPD-CO (xlsx): pagu, dana per tahap, SP2D, penyerapan, output, kesiapan tahap II/III',
      params: z.object({ id: z.uuid() }),
      querystring: z.object({
        asOf: z.iso.date().optional().describe('Tanggal evaluasi (bawaan: hari ini WIB)'),
      }),
      response: { 200: file(XLSX_MIME, 'Berkas xlsx'), ...errors(400, 401, 403, 404) },
    },
    handler: async (req, reply) => {
      const ctx = req.ctx();
      const contract = await getContract(db, ctx, req.params.id);
      const status = await projectStatus(db, ctx, req.params.id, req.query.asOf);
      const book = await dakSummaryWorkbook({
        contract,
        status,
        generatedAt: new Date(),
        generatedBy: ctx.actor.label,
      });
      return sendFile(reply, XLSX_MIME, `ringkasan-dak-lrpd-co-${status.asOf}.xlsx`, book);
    },
  });
}
