import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { errors, type ZodApp } from '../../lib/route-types.js';
import * as service from './bookings.service.js';
import {
  ZBookingListQuerySchema,
  ZBookingRequestSchema,
  ZBookingSchema,
  ZCheckInRequestSchema,
  ZCheckOutRequestSchema,
  ZIdParamsSchema,
  ZMoveRequestSchema,
  ZNoShowRequestSchema,
  ZReasonRequestSchema,
} from './facilities.schemas.js';
import { FACILITY_BOOKERS, FACILITY_MANAGERS, FACILITY_READERS } from './facilities-roles.js';

export function bookingRoutes(app: ZodApp, db: Db, tags: string[]) {
  const read = { access: FACILITY_READERS };
  const book = { access: FACILITY_BOOKERS };
  const manage = { access: FACILITY_MANAGERS };
  const one = { 200: ZBookingSchema, ...errors(400, 401, 403, 404, 409) };

  app.get('/api/facilities/bookings', {
    config: read,
    schema: {
      tags,
      summary: 'Pemesanan (perajin: hanya usahanya sendiri), urut waktu mulai',
      querystring: ZBookingListQuerySchema,
      response: { 200: z.array(ZBookingSchema), ...errors(400, 401, 403) },
    },
    handler: async (req) => service.listBookings(db, req.ctx(), req.query),
  });

  app.post('/api/facilities/bookings', {
    config: book,
    schema: {
      tags,
      summary:
        'Pesan ruang/alat (per jam, atau beberapa hari untuk proses). Waktu ISO 8601 dengan zona, mis. 2025-03-10T08:00+07:00',
      body: ZBookingRequestSchema,
      response: { 201: ZBookingSchema, ...errors(400, 401, 403, 404, 409) },
    },
    handler: async (req, reply) =>
      reply.status(201).send(await service.createBooking(db, req.ctx(), req.body)),
  });

  app.get('/api/facilities/bookings/:id', {
    config: read,
    schema: { tags, summary: 'Satu pemesanan', params: ZIdParamsSchema, response: one },
    handler: async (req) => service.getBooking(db, req.ctx(), req.params.id),
  });

  app.post('/api/facilities/bookings/:id/approve', {
    config: manage,
    schema: { tags, summary: 'Setujui pemesanan yang menunggu', params: ZIdParamsSchema, response: one },
    handler: async (req) => service.approveBooking(db, req.ctx(), req.params.id),
  });

  app.post('/api/facilities/bookings/:id/reject', {
    config: manage,
    schema: {
      tags,
      summary: 'Tolak pemesanan yang menunggu, dengan alasan',
      params: ZIdParamsSchema,
      body: ZReasonRequestSchema,
      response: one,
    },
    handler: async (req) => service.rejectBooking(db, req.ctx(), req.params.id, req.body.reason),
  });

  app.post('/api/facilities/bookings/:id/cancel', {
    config: book,
    schema: {
      tags,
      summary: 'Batalkan pemesanan (sebelum check-in), dengan alasan',
      params: ZIdParamsSchema,
      body: ZReasonRequestSchema,
      response: one,
    },
    handler: async (req) => service.cancelBooking(db, req.ctx(), req.params.id, req.body.reason),
  });

  app.post('/api/facilities/bookings/:id/check-in', {
    config: manage,
    schema: {
      tags,
      summary: 'Catat kedatangan (waktu sebenarnya)',
      params: ZIdParamsSchema,
      body: ZCheckInRequestSchema.optional(),
      response: one,
    },
    handler: async (req) => service.checkIn(db, req.ctx(), req.params.id, req.body?.at),
  });

  app.post('/api/facilities/bookings/:id/check-out', {
    config: manage,
    schema: {
      tags,
      summary: 'Catat selesai (waktu sebenarnya) dan hasil produksi (lembar atau meter)',
      params: ZIdParamsSchema,
      body: ZCheckOutRequestSchema.optional(),
      response: one,
    },
    handler: async (req) => service.checkOut(db, req.ctx(), req.params.id, req.body ?? {}),
  });

  app.post('/api/facilities/bookings/:id/no-show', {
    config: manage,
    schema: {
      tags,
      summary: 'Catat tidak hadir (setelah waktu mulai)',
      params: ZIdParamsSchema,
      body: ZNoShowRequestSchema.optional(),
      response: one,
    },
    handler: async (req) => service.markNoShow(db, req.ctx(), req.params.id, req.body?.note ?? null),
  });

  app.post('/api/facilities/bookings/:id/move', {
    config: manage,
    schema: {
      tags,
      summary: 'Pindahkan pemesanan ke waktu dan/atau ruang/alat lain (mis. karena perawatan)',
      params: ZIdParamsSchema,
      body: ZMoveRequestSchema,
      response: one,
    },
    handler: async (req) => service.moveBooking(db, req.ctx(), req.params.id, req.body),
  });
}
