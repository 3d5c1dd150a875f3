import { z } from 'zod';

export const ZWilayahQuerySchema = z.object({
  q: z.string().trim().min(2).max(100).optional().describe('Bagian nama, mis. "gedangan"'),
  parent: z
    .string()
    .regex(/^\d{2}(\.\d{2}){0,2}$/, 'wilayah_code_format')
    .optional()
    .describe('Kode induk, mis. 35.76.02'),
  code: z.string().max(13).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const ZWilayahSchema = z
  .object({
    code: z.string(),
    name: z.string(),
    level: z.number().int(),
    path: z.string().describe('Nama lengkap sampai provinsi'),
  })
  .meta({ id: 'Wilayah' });

export const ZKbliSchema = z
  .object({
    code: z.string(),
    title: z.string(),
    level: z.string(),
    parentCode: z.string().nullable(),
    version: z.string(),
  })
  .meta({ id: 'Kbli' });

export const ZRegulationParameterSchema = z
  .object({
    key: z.string(),
    value: z.string().describe('Nilai desimal sebagai teks, tanpa pembulatan'),
    unit: z.string(),
    description: z.string(),
    legalSource: z.string(),
    validFrom: z.string(),
  })
  .meta({ id: 'RegulationParameter' });
