import { z } from 'zod';

const wilayahCode = z.string().regex(/^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/, 'wilayah_code_format');
const optionalText = (max: number) => z.string().trim().max(max).nullish();

export const ZCentreSchema = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    name: z.string(),
    industry: z.string().describe('Jenis industri, mis. "Batik"'),
    address: z.string(),
    wilayahCode: z.string().describe('Kode wilayah Kemendagri (kelurahan), mis. 35.76.02.1001'),
    wilayahName: z.string().nullable().describe('Nama kelurahan, kecamatan dan kota dari kode wilayah'),
    openedOn: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    website: z.string().nullable(),
    description: z.string().nullable(),
    photoUrl: z.string().nullable(),
  })
  .meta({ id: 'Centre' });
export type TCentre = z.infer<typeof ZCentreSchema>;

const editable = {
  name: z.string().trim().min(3).max(200),
  industry: z.string().trim().min(2).max(100),
  address: z.string().trim().min(5).max(500),
  wilayahCode,
  openedOn: z.iso.date().nullish(),
  phone: optionalText(40),
  email: z.email().nullish(),
  website: z.url({ protocol: /^https?$/ }).nullish(),
  description: optionalText(4000),
};

export const ZCreateCentreRequestSchema = z.strictObject({
  slug: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'slug_format')
    .max(80),
  ...editable,
});
export type TCreateCentreRequest = z.infer<typeof ZCreateCentreRequestSchema>;

export const ZUpdateCentreRequestSchema = z.strictObject(editable).partial();
export type TUpdateCentreRequest = z.infer<typeof ZUpdateCentreRequestSchema>;

export const ZCentreListResponseSchema = z.object({ items: z.array(ZCentreSchema) });
export const ZCentreIdParamsSchema = z.object({ id: z.uuid() });
