import { z } from 'zod';

export const ZAuditQuerySchema = z.object({
  entity: z.string().trim().max(60).optional(),
  entityId: z.string().trim().max(100).optional(),
  actorId: z.uuid().optional(),
  centreId: z.uuid().optional(),
  action: z.enum(['create', 'update', 'delete']).optional(),
  from: z.iso.date().optional().describe('Tanggal awal (WIB), inklusif'),
  to: z.iso.date().optional().describe('Tanggal akhir (WIB), inklusif'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type TAuditQuery = z.infer<typeof ZAuditQuerySchema>;

export const ZAuditEntrySchema = z
  .object({
    id: z.number().int(),
    at: z.string(),
    actorId: z.string().nullable(),
    actorLabel: z.string(),
    centreId: z.string().nullable(),
    entity: z.string(),
    entityId: z.string(),
    action: z.enum(['create', 'update', 'delete']),
    changes: z.record(z.string(), z.object({ before: z.unknown(), after: z.unknown() })),
    requestId: z.string().nullable(),
  })
  .meta({ id: 'AuditEntry' });

export const ZAuditListResponseSchema = z.object({
  items: z.array(ZAuditEntrySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
