import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { errors, type ModuleDeps, zodApp } from '../../lib/route-types.js';
import * as repo from './reference.repository.js';
import {
  ZKbliSchema,
  ZRegulationParameterSchema,
  ZWilayahQuerySchema,
  ZWilayahSchema,
} from './reference.schemas.js';

export async function referenceRoutes(base: FastifyInstance, { db }: ModuleDeps) {
  const app = zodApp(base);
  const tags = ['reference'];

  app.get('/api/reference/wilayah', {
    config: { access: 'authenticated' },
    schema: {
      tags,
      summary: 'Cari kode wilayah Kemendagri (nama, induk, atau awalan kode)',
      querystring: ZWilayahQuerySchema,
      response: { 200: z.object({ items: z.array(ZWilayahSchema) }), ...errors(400, 401) },
    },
    handler: async (req) => ({ items: await repo.searchWilayah(db, req.query) }),
  });

  app.get('/api/reference/kbli', {
    config: { access: 'authenticated' },
    schema: {
      tags,
      summary: 'Kode KBLI 2020 untuk IKM',
      response: { 200: z.object({ items: z.array(ZKbliSchema) }), ...errors(401) },
    },
    handler: async () => ({ items: await repo.listKbli(db) }),
  });

  app.get('/api/reference/regulation-parameters', {
    config: { access: 'authenticated' },
    schema: {
      tags,
      summary: 'Angka dari peraturan yang berlaku pada suatu tanggal, dengan dasar hukumnya',
      querystring: z.object({ date: z.iso.date().optional() }),
      response: { 200: z.object({ items: z.array(ZRegulationParameterSchema) }), ...errors(400, 401) },
    },
    handler: async (req) => {
      const date = req.query.date ?? new Date().toISOString().slice(0, 10);
      return { items: await repo.parametersInForce(db, date) };
    },
  });
}
