import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../lib/app-error.js';
import { readSingleUpload } from '../../lib/multipart-upload.js';
import { errors, type ModuleDeps, zodApp } from '../../lib/route-types.js';
import type { RequestContext } from '../accounts/actor.js';
import { MAX_IMAGE_BYTES } from '../motifs/images/image-intake.js';
import { importRab, listBoq } from './boq/boq.service.js';
import * as contractsService from './contracts.service.js';
import { addDocument, documentKind, MAX_PROJECT_DOCUMENT_BYTES, readDocument } from './documents.service.js';
import * as escalation from './escalation/escalation.service.js';
import * as money from './money.service.js';
import {
  type TContract,
  ZAddendumRequestSchema,
  ZBoqImportResultSchema,
  ZBoqItemSchema,
  ZContractChildParamsSchema,
  ZContractParamsSchema,
  ZContractRequestSchema,
  ZContractSchema,
  ZContractSummarySchema,
  ZDakTransferRequestSchema,
  ZPaymentRequestSchema,
  ZProjectStatusSchema,
  ZScmOutcomeSchema,
  ZScmRequestSchema,
  ZUpdateContractRequestSchema,
  ZWarningLetterRequestSchema,
  ZWeeklyReportRequestSchema,
  ZWeeklyReportSchema,
} from './projects.schemas.js';
import { PROJECT_KEEPERS, PROJECT_READERS } from './projects-roles.js';
import { addPhoto, readPhoto } from './reports/photos.service.js';
import * as reports from './reports/weekly-reports.service.js';
import { projectStatus } from './status/project-status.service.js';

const RAB_LIMIT = 10 * 1024 * 1024;

export async function projectsRoutes(base: FastifyInstance, { db }: ModuleDeps) {
  await base.register(multipart, {
    limits: { fileSize: Math.max(RAB_LIMIT, MAX_IMAGE_BYTES), files: 1, fields: 4 },
  });
  const app = zodApp(base);
  const tags = ['projects'];
  const read = { access: PROJECT_READERS };
  const keep = { access: PROJECT_KEEPERS };

  app.get('/api/projects', {
    config: read,
    schema: {
      tags,
      summary: 'Daftar kontrak konstruksi sentra dengan progres terakhir dan status kritis',
      response: { 200: z.array(ZContractSummarySchema), ...errors(401, 403) },
    },
    handler: async (req) => {
      const ctx = req.ctx();
      const rows = await contractsService.listContracts(db, ctx);
      return Promise.all(
        rows.map(async (c) => {
          const s = await projectStatus(db, ctx, c.id);
          return {
            id: c.id,
            packageName: c.packageName,
            funding: c.funding,
            fiscalYear: c.fiscalYear,
            contractValueIdr: c.contractValueIdr,
            contractor: c.contractor,
            spmkDate: c.spmkDate,
            endDate: c.endDate,
            status: c.status,
            latestWeek: s.latest?.week ?? null,
            latestActualCumPct: s.latest?.actualCumPct ?? null,
            latestPlanCumPct: s.latest?.planCumPct ?? null,
            latestDeviation: s.latest?.deviation ?? null,
            kritis: s.latest?.evaluation.kritis ?? false,
          };
        }),
      );
    },
  });

  app.post('/api/projects', {
    config: keep,
    schema: {
      tags,
      summary: 'Catat kontrak (paket, dana, pagu, nilai, penyedia, pengawas, PPK, SPMK, akhir)',
      querystring: z.object({ centreId: z.uuid().optional() }),
      body: ZContractRequestSchema,
      response: { 201: ZContractSchema, ...errors(400, 401, 403) },
    },
    handler: async (req, reply) =>
      reply
        .status(201)
        .send(await contractsService.createContract(db, req.ctx(), req.body, req.query.centreId)),
  });

  app.get('/api/projects/:id', {
    config: read,
    schema: {
      tags,
      summary: 'Rincian kontrak: adendum, SCM, surat peringatan, pembayaran, transfer DAK, dokumen',
      params: ZContractParamsSchema,
      response: { 200: ZContractSchema, ...errors(400, 401, 403, 404) },
    },
    handler: async (req) => contractsService.getContract(db, req.ctx(), req.params.id),
  });

  app.patch('/api/projects/:id', {
    config: keep,
    schema: {
      tags,
      summary: 'Ubah kontrak (termasuk PHO/FHO, status, pemutusan)',
      params: ZContractParamsSchema,
      body: ZUpdateContractRequestSchema,
      response: { 200: ZContractSchema, ...errors(400, 401, 403, 404) },
    },
    handler: async (req) => contractsService.updateContract(db, req.ctx(), req.params.id, req.body),
  });

  app.get('/api/projects/:id/status', {
    config: read,
    schema: {
      tags,
      summary: 'Kurva S (rencana, realisasi, deviasi), kontrak kritis per minggu, prakiraan, denda, DAK',
      params: ZContractParamsSchema,
      querystring: z.object({
        asOf: z.iso.date().optional().describe('Tanggal evaluasi (bawaan: hari ini WIB)'),
      }),
      response: { 200: ZProjectStatusSchema, ...errors(400, 401, 403, 404) },
    },
    handler: async (req) => projectStatus(db, req.ctx(), req.params.id, req.query.asOf),
  });

  app.get('/api/projects/:id/boq', {
    config: read,
    schema: {
      tags,
      summary: 'Item RAB dengan bobot dan jadwal mingguan',
      params: ZContractParamsSchema,
      response: { 200: z.array(ZBoqItemSchema), ...errors(400, 401, 403, 404) },
    },
    handler: async (req) => listBoq(db, req.ctx(), req.params.id),
  });

  app.post('/api/projects/:id/boq/import', {
    config: keep,
    schema: {
      tags,
      summary: 'Impor RAB dan jadwal (xlsx, item di baris, minggu di kolom): pratinjau, atau commit=true',
      consumes: ['multipart/form-data'],
      params: ZContractParamsSchema,
      querystring: z.object({ commit: z.stringbool().default(false) }),
      response: { 200: ZBoqImportResultSchema, ...errors(400, 401, 403, 404, 409, 413) },
    },
    handler: async (req) => {
      const upload = await readSingleUpload(req, '10 MB');
      return importRab(db, req.ctx(), req.params.id, upload, req.query.commit);
    },
  });

  app.get('/api/projects/:id/reports', {
    config: read,
    schema: {
      tags,
      summary: 'Laporan mingguan',
      params: ZContractParamsSchema,
      response: { 200: z.array(ZWeeklyReportSchema), ...errors(400, 401, 403, 404) },
    },
    handler: async (req) => reports.listReports(db, req.ctx(), req.params.id),
  });

  app.post('/api/projects/:id/reports', {
    config: keep,
    schema: {
      tags,
      summary: 'Laporan mingguan baru: progres kumulatif, atau progres per item',
      params: ZContractParamsSchema,
      body: ZWeeklyReportRequestSchema,
      response: { 201: ZWeeklyReportSchema, ...errors(400, 401, 403, 404, 409) },
    },
    handler: async (req, reply) =>
      reply.status(201).send(await reports.createReport(db, req.ctx(), req.params.id, req.body)),
  });

  app.put('/api/projects/:id/reports/:childId', {
    config: keep,
    schema: {
      tags,
      summary: 'Ubah laporan mingguan yang belum disetujui',
      params: ZContractChildParamsSchema,
      body: ZWeeklyReportRequestSchema,
      response: { 200: ZWeeklyReportSchema, ...errors(400, 401, 403, 404, 409) },
    },
    handler: async (req) => reports.updateReport(db, req.ctx(), req.params.id, req.params.childId, req.body),
  });

  app.post('/api/projects/:id/reports/:childId/approve', {
    config: keep,
    schema: {
      tags,
      summary: 'Setujui laporan mingguan (pengawas): laporan terkunci',
      params: ZContractChildParamsSchema,
      response: { 200: ZWeeklyReportSchema, ...errors(400, 401, 403, 404, 409) },
    },
    handler: async (req) => reports.approveReport(db, req.ctx(), req.params.id, req.params.childId),
  });

  app.post('/api/projects/:id/reports/:childId/photos', {
    config: keep,
    schema: {
      tags,
      summary: 'Foto lapangan (multipart: "file" JPEG/PNG/WebP, "itemId" dan "caption" opsional)',
      consumes: ['multipart/form-data'],
      params: ZContractChildParamsSchema,
      response: { 201: ZWeeklyReportSchema, ...errors(400, 401, 403, 404, 409, 413) },
    },
    handler: async (req, reply) => {
      const upload = await readSingleUpload(req, `${MAX_IMAGE_BYTES / 1024 / 1024} MB`);
      const itemId = z.uuid().safeParse(upload.fields.itemId);
      await addPhoto(db, req.ctx(), req.params.id, req.params.childId, {
        fileName: upload.fileName,
        bytes: upload.bytes,
        itemId: itemId.success ? itemId.data : null,
        caption: upload.fields.caption?.trim().slice(0, 300) || null,
      });
      return reply
        .status(201)
        .send(await reports.getReport(db, req.ctx(), req.params.id, req.params.childId));
    },
  });

  app.get('/api/projects/photos/:photoId/:size', {
    config: read,
    schema: {
      tags,
      summary: 'Foto lapangan: thumb (WebP) atau original (berkas asli dengan EXIF)',
      params: z.object({ photoId: z.uuid(), size: z.enum(['thumb', 'original']) }),
      response: { 200: z.any().describe('Isi gambar'), ...errors(400, 401, 403, 404) },
    },
    handler: async (req, reply) => {
      const photo = await readPhoto(db, req.ctx(), req.params.photoId, req.params.size);
      return reply
        .header('content-type', photo.mimeType)
        .header('cache-control', 'private, max-age=86400')
        .send(photo.content);
    },
  });

  /** A record added to a contract (addendum, SCM, letter, payment, transfer): answers the contract. */
  const child = <B extends z.ZodType>(
    path: string,
    summary: string,
    body: B,
    run: (ctx: RequestContext, id: string, input: z.infer<B>) => Promise<TContract>,
  ) => {
    app.post(path, {
      config: keep,
      schema: {
        tags,
        summary,
        params: ZContractParamsSchema,
        body,
        response: { 201: ZContractSchema, ...errors(400, 401, 403, 404, 409) },
      },
      handler: async (req, reply) =>
        reply.status(201).send(await run(req.ctx(), req.params.id, req.body as z.infer<B>)),
    });
  };

  child(
    '/api/projects/:id/addenda',
    'Adendum (waktu, nilai, pemberian kesempatan)',
    ZAddendumRequestSchema,
    (ctx, id, input) => escalation.addAddendum(db, ctx, id, input),
  );
  child(
    '/api/projects/:id/scm',
    'Show Cause Meeting tahap I–III dengan target dan batas uji coba',
    ZScmRequestSchema,
    async (ctx, id, input) => {
      const status = await projectStatus(db, ctx, id, input.heldOn);
      const week =
        status.weeks.find((w) => w.startDate <= input.heldOn && input.heldOn <= w.endDate)?.week ?? null;
      return escalation.recordScm(db, ctx, id, input, week);
    },
  );
  child(
    '/api/projects/:id/warning-letters',
    'Surat peringatan SP1–SP3',
    ZWarningLetterRequestSchema,
    (ctx, id, input) => escalation.addWarningLetter(db, ctx, id, input),
  );
  child(
    '/api/projects/:id/payments',
    'Pembayaran (uang muka, termin) dengan SP2D',
    ZPaymentRequestSchema,
    (ctx, id, input) => money.addPayment(db, ctx, id, input),
  );
  child(
    '/api/projects/:id/dak-transfers',
    'Transfer DAK ke RKUD per tahap',
    ZDakTransferRequestSchema,
    (ctx, id, input) => money.addDakTransfer(db, ctx, id, input),
  );

  app.post('/api/projects/:id/documents', {
    config: keep,
    schema: {
      tags,
      summary:
        'Dokumen kontrak (multipart: "file" PDF/PNG/JPEG ≤ 10 MB, "kind" kontrak|spmk|adendum|ba_scm|surat_peringatan|reviu_apip|pho|lainnya, "label")',
      consumes: ['multipart/form-data'],
      params: ZContractParamsSchema,
      response: { 201: ZContractSchema, ...errors(400, 401, 403, 404, 413) },
    },
    handler: async (req, reply) => {
      const upload = await readSingleUpload(req, '10 MB');
      if (upload.bytes.length > MAX_PROJECT_DOCUMENT_BYTES)
        throw new AppError('FILE_TOO_LARGE', { limit: '10 MB' });
      const kind = documentKind(upload.fields.kind);
      return reply.status(201).send(
        await addDocument(db, req.ctx(), req.params.id, {
          fileName: upload.fileName,
          bytes: upload.bytes,
          kind,
          label: upload.fields.label?.trim().slice(0, 200) || upload.fileName,
        }),
      );
    },
  });

  app.get('/api/projects/:id/documents/:childId', {
    config: read,
    schema: {
      tags,
      summary: 'Unduh dokumen kontrak',
      params: ZContractChildParamsSchema,
      response: { 200: z.any().describe('Isi berkas'), ...errors(400, 401, 403, 404) },
    },
    handler: async (req, reply) => {
      const file = await readDocument(db, req.ctx(), req.params.id, req.params.childId);
      return reply
        .header('content-type', file.mimeType)
        .header('content-disposition', `attachment; filename="${file.fileName.replace(/"/g, '')}"`)
        .header('x-content-sha256', file.sha256)
        .send(file.content);
    },
  });

  app.post('/api/projects/:id/scm/:childId/outcome', {
    config: keep,
    schema: {
      tags,
      summary: 'Hasil uji coba SCM (berhasil/gagal)',
      params: ZContractChildParamsSchema,
      body: ZScmOutcomeSchema,
      response: { 200: ZContractSchema, ...errors(400, 401, 403, 404) },
    },
    handler: async (req) =>
      escalation.setScmOutcome(db, req.ctx(), req.params.id, req.params.childId, req.body),
  });
}
